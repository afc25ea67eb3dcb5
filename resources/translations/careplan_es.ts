<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge finding</source>
        <translation>Reconocer hallazgo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why the plan stands as it is, e.g. short course, INR monitored weekly</source>
        <translation>Por qué el plan se mantiene así, p. ej., tratamiento corto, INR controlado cada semana</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Reconocido por</translation>
    </message>
    <message>
        <source>Your name (set it once in Preferences)</source>
        <translation>Su nombre (configúrelo una vez en Preferencias)</translation>
    </message>
    <message>
        <source>Who takes responsibility for this decision; printed in the clinician summary</source>
        <translation>Quién asume la responsabilidad de esta decisión; se imprime en el resumen clínico</translation>
    </message>
    <message>
        <source>Why the plan stands as it is; printed in the clinician summary</source>
        <translation>Por qué el plan se mantiene así; se imprime en el resumen clínico</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Por</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>un motivo</translation>
    </message>
    <message>
        <source>who acknowledges it</source>
        <translation>quién lo reconoce</translation>
    </message>
    <message>
        <source>Needs {0}.</source>
        <translation>Falta {0}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>Base</name>
    <message>
        <source>Problem with {0}</source>
        <translation>Problema en {0}</translation>
    </message>
</context>
<context>
    <name>BlockedDialog</name>
    <message>
        <source>Acknowledge critical findings before you {0}</source>
        <translation>Reconozca los hallazgos críticos antes de {0}</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportar</translation>
    </message>
    <message>
        <source>print</source>
        <translation>imprimir</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n critical finding(s)&lt;/b&gt; must be acknowledged with a reason before you {0}. Go to one to read it, change the plan, or acknowledge it.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n hallazgo crítico&lt;/b&gt; debe reconocerse con un motivo antes de {0}. Vaya a él para leerlo, cambie el plan o reconózcalo.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n hallazgos críticos&lt;/b&gt; deben reconocerse con un motivo antes de {0}. Vaya a uno para leerlo, cambie el plan o reconózcalo.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical findings to acknowledge</source>
        <translation>Hallazgos críticos por reconocer</translation>
    </message>
    <message>
        <source>Go to finding</source>
        <translation>Ir al hallazgo</translation>
    </message>
    <message>
        <source>Show this finding in the Findings panel and the part of the plan it concerns</source>
        <translation>Mostrar este hallazgo en el panel Hallazgos y la parte del plan a la que se refiere</translation>
    </message>
</context>
<context>
    <name>CbtEditor</name>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>CBT for pain</source>
        <translation>TCC para el dolor</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;Number of sessions</source>
        <translation>&amp;Número de sesiones</translation>
    </message>
    <message>
        <source>number of sessions</source>
        <translation>número de sesiones</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>session cadence</source>
        <translation>frecuencia de las sesiones</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <source>session length</source>
        <translation>duración de la sesión</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>CBT provider</source>
        <translation>profesional de TCC</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Áreas de trabajo</translation>
    </message>
    <message>
        <source>CBT focus areas</source>
        <translation>áreas de trabajo de TCC</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>CBT homework</source>
        <translation>tareas de TCC</translation>
    </message>
    <message>
        <source>CBT</source>
        <translation>TCC</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Chronic kidney disease</source>
        <translation>Enfermedad renal crónica</translation>
    </message>
    <message>
        <source>Liver disease</source>
        <translation>Enfermedad hepática</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>Lactancia</translation>
    </message>
    <message>
        <source>GI bleed history</source>
        <translation>Antecedente de hemorragia digestiva</translation>
    </message>
    <message>
        <source>Peptic ulcer</source>
        <translation>Úlcera péptica</translation>
    </message>
    <message>
        <source>Heart failure</source>
        <translation>Insuficiencia cardíaca</translation>
    </message>
    <message>
        <source>Cardiovascular disease</source>
        <translation>Enfermedad cardiovascular</translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation>Hipertensión</translation>
    </message>
    <message>
        <source>Sleep apnoea</source>
        <translation>Apnea del sueño</translation>
    </message>
    <message>
        <source>COPD</source>
        <translation>EPOC</translation>
    </message>
    <message>
        <source>Substance-use disorder</source>
        <translation>Trastorno por consumo de sustancias</translation>
    </message>
    <message>
        <source>Opioid-use disorder</source>
        <translation>Trastorno por consumo de opioides</translation>
    </message>
    <message>
        <source>Seizure disorder</source>
        <translation>Trastorno convulsivo</translation>
    </message>
    <message>
        <source>Heart-rhythm problem</source>
        <translation>Trastorno del ritmo cardíaco</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depresión</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>Overdose history</source>
        <translation>Antecedente de sobredosis</translation>
    </message>
    <message>
        <source>QT prolongation</source>
        <translation>Prolongación del QT</translation>
    </message>
    <message>
        <source>History of falls</source>
        <translation>Antecedente de caídas</translation>
    </message>
    <message>
        <source>Mild (Child-Pugh A)</source>
        <translation>Leve (Child-Pugh A)</translation>
    </message>
    <message>
        <source>Moderate (Child-Pugh B)</source>
        <translation>Moderada (Child-Pugh B)</translation>
    </message>
    <message>
        <source>Severe (Child-Pugh C)</source>
        <translation>Grave (Child-Pugh C)</translation>
    </message>
    <message>
        <source>Treatment of opioid-use disorder</source>
        <translation>Tratamiento del trastorno por consumo de opioides</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Powder</source>
        <translation>Polvo</translation>
    </message>
    <message>
        <source>Capsules</source>
        <translation>Cápsulas</translation>
    </message>
    <message>
        <source>Liquid / shot</source>
        <translation>Líquido / shot</translation>
    </message>
    <message>
        <source>Concentrated extract</source>
        <translation>Extracto concentrado</translation>
    </message>
    <message>
        <source>7-OH product</source>
        <translation>Producto de 7-OH</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Currently using</source>
        <translation>Consume actualmente</translation>
    </message>
    <message>
        <source>Considering it</source>
        <translation>Lo está considerando</translation>
    </message>
    <message>
        <source>Tapering off</source>
        <translation>Reduciendo hasta dejarlo</translation>
    </message>
    <message>
        <source>Used in the past</source>
        <translation>Lo consumió en el pasado</translation>
    </message>
    <message>
        <source>Advised against it</source>
        <translation>Se le desaconsejó</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>CBT for pain</source>
        <translation>TCC para el dolor</translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <translation>Mindfulness</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Estilo de vida</translation>
    </message>
    <message>
        <source>Kratom (counselling)</source>
        <translation>Kratom (consejo)</translation>
    </message>
    <message>
        <source>immediate release</source>
        <translation>liberación inmediata</translation>
    </message>
    <message>
        <source>extended release</source>
        <translation>liberación prolongada</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Mediodía</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Al acostarse</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Calor</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Reposo</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Prescription-monitoring (PDMP) check</source>
        <translation>Consulta del registro de recetas (PDMP)</translation>
    </message>
    <message>
        <source>Urine drug test</source>
        <translation>Análisis de drogas en orina</translation>
    </message>
    <message>
        <source>Treatment agreement</source>
        <translation>Acuerdo de tratamiento</translation>
    </message>
    <message>
        <source>Naloxone offered</source>
        <translation>Naloxona ofrecida</translation>
    </message>
    <message>
        <source>Bowel regimen</source>
        <translation>Pauta para el estreñimiento</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Topical</source>
        <translation>Tópica</translation>
    </message>
    <message>
        <source>Transdermal</source>
        <translation>Transdérmica</translation>
    </message>
    <message>
        <source>Sublingual</source>
        <translation>Sublingual</translation>
    </message>
    <message>
        <source>Buccal</source>
        <translation>Bucal</translation>
    </message>
    <message>
        <source>Rectal</source>
        <translation>Rectal</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalada</translation>
    </message>
    <message>
        <source>Nasal</source>
        <translation>Nasal</translation>
    </message>
    <message>
        <source>Nociceptive</source>
        <translation>Nociceptivo</translation>
    </message>
    <message>
        <source>Neuropathic</source>
        <translation>Neuropático</translation>
    </message>
    <message>
        <source>Nociplastic</source>
        <translation>Nociplástico</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Tabaco</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Daily medicine schedule</source>
        <translation>Horario diario de medicamentos</translation>
    </message>
    <message>
        <source>Taper calendar, withdrawal signs and who to call</source>
        <translation>Calendario de reducción, signos de abstinencia y a quién llamar</translation>
    </message>
    <message>
        <source>“Take extra care” box: allergies and the combinations you weighed</source>
        <translation>Recuadro «Tenga especial cuidado»: alergias y combinaciones valoradas</translation>
    </message>
    <message>
        <source>Rescue medicine box for family and carers</source>
        <translation>Recuadro del medicamento de rescate para familiares y cuidadores</translation>
    </message>
    <message>
        <source>One section per module</source>
        <translation>Una sección por módulo</translation>
    </message>
    <message>
        <source>Kratom caution box</source>
        <translation>Recuadro de precauciones del kratom</translation>
    </message>
    <message>
        <source>Flare plan</source>
        <translation>Plan para crisis</translation>
    </message>
    <message>
        <source>Weekly tracker</source>
        <translation>Registro semanal</translation>
    </message>
    <message>
        <source>Your PEG scores over time</source>
        <translation>Sus puntuaciones PEG a lo largo del tiempo</translation>
    </message>
    <message>
        <source>“Get help now if…” box</source>
        <translation>Recuadro «Busque ayuda ya si…»</translation>
    </message>
    <message>
        <source>Next visit and contact</source>
        <translation>Próxima visita y contacto</translation>
    </message>
    <message>
        <source>None or not known</source>
        <translation>Ninguna o no se sabe</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare plans</source>
        <translation>Comparar planes</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Sin diferencias.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>write the year in full, e.g. 1955 rather than 55.</source>
        <translation>escriba el año completo, p. ej., 1955 en lugar de 55.</translation>
    </message>
    <message>
        <source>write the date like {0}</source>
        <translation>escriba la fecha así: {0}</translation>
    </message>
    <message>
        <source> or {0}.</source>
        <translation> o {0}.</translation>
    </message>
    <message>
        <source>Type the date as {0}</source>
        <translation>Escriba la fecha como {0}</translation>
    </message>
    <message>
        <source> or YYYY-MM-DD</source>
        <translation> o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>, or pick it from the calendar</source>
        <translation>, o elíjala en el calendario</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
</context>
<context>
    <name>DoseEdits</name>
    <message>
        <source>None: dose written in {0}</source>
        <translation>Ninguna: dosis escrita en {0}</translation>
    </message>
    <message>
        <source>Other strength…</source>
        <translation>Otra concentración…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rescue medicine&lt;/b&gt; for family, friends or carers to give in an emergency</source>
        <translation>&lt;b&gt;Medicamento de rescate&lt;/b&gt; para que familiares, amigos o cuidadores lo administren en una emergencia</translation>
    </message>
    <message>
        <source> It has no schedule, is not part of the daily totals, and the handout addresses it to them.</source>
        <translation> No tiene horario, no cuenta en los totales diarios y el folleto se dirige a ellos.</translation>
    </message>
    <message>
        <source>(usual for {0})</source>
        <translation>(lo habitual para {0})</translation>
    </message>
    <message>
        <source>it</source>
        <translation>él</translation>
    </message>
    <message>
        <source>(usual times)</source>
        <translation>(horario habitual)</translation>
    </message>
    <message>
        <source>(spread over the day)</source>
        <translation>(repartido a lo largo del día)</translation>
    </message>
    <message>
        <source>(a new patch each time)</source>
        <translation>(un parche nuevo cada vez)</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>times a day</source>
        <translation>veces al día</translation>
    </message>
    <message>
        <source>A daily medicine needs at least one time of day.</source>
        <translation>Un medicamento diario necesita al menos una hora del día.</translation>
    </message>
    <message>
        <source>times of day</source>
        <translation>horas del día</translation>
    </message>
    <message>
        <source>most doses a day</source>
        <translation>máximo de dosis al día</translation>
    </message>
    <message>
        <source>hours between doses</source>
        <translation>horas entre dosis</translation>
    </message>
    <message>
        <source>{0} stop date</source>
        <translation>fecha de fin de {0}</translation>
    </message>
    <message>
        <source>course length</source>
        <translation>duración del tratamiento</translation>
    </message>
    <message>
        <source>{0} course length</source>
        <translation>duración del tratamiento de {0}</translation>
    </message>
</context>
<context>
    <name>DrugPicker</name>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>Type a medicine name or brand, then press Enter</source>
        <translation>Escriba el nombre o la marca de un medicamento y pulse Intro</translation>
    </message>
    <message>
        <source>Type a medicine to add, e.g. ibuprofen</source>
        <translation>Escriba un medicamento para añadirlo, p. ej., ibuprofeno</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Añadir medicamento</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>That part of the plan no longer exists.</source>
        <translation>Esa parte del plan ya no existe.</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Cambiar {0}</translation>
    </message>
    <message>
        <source>This plan already has a kratom module.</source>
        <translation>Este plan ya tiene un módulo de kratom.</translation>
    </message>
    <message>
        <source>Add {0} module</source>
        <translation>Añadir el módulo {0}</translation>
    </message>
    <message>
        <source>Remove {0} module</source>
        <translation>Quitar el módulo {0}</translation>
    </message>
    <message>
        <source>Move {0} module</source>
        <translation>Mover el módulo {0}</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Añadir {0}</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Quitar {0}</translation>
    </message>
    <message>
        <source>An acknowledgement needs a reason and the name of who acknowledges it.</source>
        <translation>Un reconocimiento necesita un motivo y el nombre de quien lo reconoce.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Acknowledge “{0}”</source>
        <translation>Reconocer «{0}»</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement of “{0}”</source>
        <translation>Retirar el reconocimiento de «{0}»</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Message about the last edit</source>
        <translation>Mensaje sobre el último cambio</translation>
    </message>
    <message>
        <source>Module {0}: {1}</source>
        <translation>Módulo {0}: {1}</translation>
    </message>
    <message>
        <source>Edit this text: it holds a patient identifier</source>
        <translation>Corrija este texto: contiene un identificador del paciente</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Careplan could not use a file</source>
        <translation>Careplan no pudo usar un archivo</translation>
    </message>
    <message>
        <source>Your plan is still open. Save it somewhere else if saving failed.</source>
        <translation>Su plan sigue abierto. Guárdelo en otro lugar si no se pudo guardar.</translation>
    </message>
    <message>
        <source>Careplan hit an internal error</source>
        <translation>Careplan tuvo un error interno</translation>
    </message>
    <message>
        <source>Your plan is still open. Save it to be safe; a recovery copy is kept as well.</source>
        <translation>Su plan sigue abierto. Guárdelo por seguridad; también se conserva una copia de recuperación.</translation>
    </message>
</context>
<context>
    <name>ExerciseFigure</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espire</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Tense</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relaje</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
</context>
<context>
    <name>ExerciseFigureView</name>
    <message>
        <source>Exercise picture</source>
        <translation>Imagen del ejercicio</translation>
    </message>
</context>
<context>
    <name>ExercisePicture</name>
    <message>
        <source>Use our photo…</source>
        <translation>Usar nuestra foto…</translation>
    </message>
    <message>
        <source>Show the clinic&apos;s own photo of this exercise instead of the drawing (PNG or JPEG)</source>
        <translation>Mostrar la foto propia de la clínica para este ejercicio en lugar del dibujo (PNG o JPEG)</translation>
    </message>
    <message>
        <source>Use the drawing</source>
        <translation>Usar el dibujo</translation>
    </message>
    <message>
        <source>Forget the clinic&apos;s photo of this exercise</source>
        <translation>Olvidar la foto de la clínica para este ejercicio</translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation>Foto no usada</translation>
    </message>
    <message>
        <source>the clinic&apos;s photo</source>
        <translation>la foto de la clínica</translation>
    </message>
    <message>
        <source>start and end drawing</source>
        <translation>dibujo de inicio y final</translation>
    </message>
    <message>
        <source>Choose a photo of this exercise</source>
        <translation>Elija una foto de este ejercicio</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ExerciseRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this exercise</source>
        <translation>Quitar este ejercicio</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Días por semana</translation>
    </message>
    <message>
        <source>{0} progression</source>
        <translation>progresión de {0}</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Progresión</translation>
    </message>
    <message>
        <source>How to progress (leave empty for the library&apos;s advice)</source>
        <translation>Cómo progresar (déjelo vacío para usar el consejo de la biblioteca)</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export to PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>The PDF could not be written to {0}.</source>
        <translation>No se pudo escribir el PDF en {0}.</translation>
    </message>
    <message>
        <source>Could not make the handout</source>
        <translation>No se pudo hacer la hoja para el paciente</translation>
    </message>
    <message>
        <source>The handout would mix two languages, so nothing was written.</source>
        <translation>La hoja mezclaría dos idiomas, así que no se escribió nada.</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>Exportado: {0}</translation>
    </message>
    <message>
        <source>Handout wording not reviewed</source>
        <translation>Texto de la hoja sin revisar</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Preparando el folleto para el paciente…</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Preparando el resumen clínico…</translation>
    </message>
    <message>
        <source>Care plan handout – {0}</source>
        <translation>Folleto del plan de cuidados – {0}</translation>
    </message>
    <message>
        <source>Could not print to the file</source>
        <translation>No se pudo imprimir en el archivo</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>No se pudo escribir el PDF.</translation>
    </message>
    <message>
        <source>Printed to {0} ({1}). {2}</source>
        <translation>Impreso en {0} ({1}). {2}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Folleto para el paciente</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Resumen clínico</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Handout sections</source>
        <translation>Secciones del folleto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your choice&lt;/b&gt;</source>
        <translation>&lt;b&gt;A su elección&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Always printed, for safety&lt;/b&gt;</source>
        <translation>&lt;b&gt;Siempre se imprimen, por seguridad&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (always printed, for safety)</source>
        <translation> (siempre se imprime, por seguridad)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>No clinic phone number is set (Preferences). The handout will print a blank “Phone: ______” line for you to fill in by hand.</source>
        <translation>No hay teléfono de la clínica (Preferencias). El folleto imprimirá una línea en blanco «Teléfono: ______» para completarla a mano.</translation>
    </message>
    <message>
        <source>No clinic phone number</source>
        <translation>Sin teléfono de la clínica</translation>
    </message>
</context>
<context>
    <name>FieldTips</name>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>A short name for this plan, shown in the window title and on the summary</source>
        <translation>Un nombre corto para este plan; se muestra en el título de la ventana y en el resumen</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clínico</translation>
    </message>
    <message>
        <source>The clinician responsible for the plan, printed on the handout and summary</source>
        <translation>El clínico responsable del plan; se imprime en el folleto y en el resumen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>e.g. MD, FRCP, DPT: printed after the clinician&apos;s name</source>
        <translation>p. ej., MD, FRCP, DPT: se imprime tras el nombre del clínico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The patient&apos;s name as it should print on the handout</source>
        <translation>El nombre del paciente tal como debe imprimirse en el folleto</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de historia</translation>
    </message>
    <message>
        <source>The clinic&apos;s record number for the patient (optional), printed on the summary</source>
        <translation>El número de historia clínica del paciente (opcional); se imprime en el resumen</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Recorded for the summary; some checks (pregnancy, breastfeeding) use the conditions instead</source>
        <translation>Se registra para el resumen; algunas comprobaciones (embarazo, lactancia) usan las afecciones</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Notas del plan</translation>
    </message>
    <message>
        <source>Notes for the clinical record, printed in the clinician summary (not on the handout)</source>
        <translation>Notas para la historia clínica; se imprimen en el resumen clínico (no en el folleto)</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Where it hurts, separated by commas; some sites add specific warning signs to the handout</source>
        <translation>Dónde duele, separado por comas; algunas localizaciones añaden signos de alarma específicos al folleto</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causas</translation>
    </message>
    <message>
        <source>What causes the pain, separated by commas, e.g. arthritis, nerve damage</source>
        <translation>Qué causa el dolor, separado por comas, p. ej., artrosis, lesión nerviosa</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>How long the pain has lasted, in months</source>
        <translation>Cuánto tiempo dura el dolor, en meses</translation>
    </message>
    <message>
        <source>Pain now (NRS 0–10)</source>
        <translation>Dolor actual (EVN 0–10)</translation>
    </message>
    <message>
        <source>Pain now on a 0 to 10 scale (numeric rating scale), a baseline to compare with later</source>
        <translation>Dolor actual en una escala de 0 a 10 (escala verbal numérica), referencia para comparar más adelante</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>What the patient wants to be able to do, in their words</source>
        <translation>Lo que el paciente quiere poder hacer, con sus palabras</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>How progress is measured, e.g. PEG-3 or minutes walked</source>
        <translation>Cómo se mide el progreso, p. ej., PEG-3 o minutos caminados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>The value that means the goal is reached, e.g. 4 or lower</source>
        <translation>El valor con el que se alcanza el objetivo, p. ej., 4 o menos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>What to do on a bad day, one step per line, in order</source>
        <translation>Qué hacer en un mal día, un paso por línea, en orden</translation>
    </message>
    <message>
        <source>May take</source>
        <translation>Puede tomar</translation>
    </message>
    <message>
        <source>Medicines the patient may take on a bad day, with their limit; printed in the flare plan</source>
        <translation>Medicamentos que el paciente puede tomar en un mal día, con su límite; se imprimen en el plan para crisis</translation>
    </message>
    <message>
        <source>Call us if</source>
        <translation>Llámenos si</translation>
    </message>
    <message>
        <source>When to contact the care team, printed in the flare plan</source>
        <translation>Cuándo contactar con el equipo de atención; se imprime en el plan para crisis</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>Revisar cada</translation>
    </message>
    <message>
        <source>How often the plan is reviewed; opioids and kratom need a review within 4 weeks</source>
        <translation>Cada cuánto se revisa el plan; los opioides y el kratom necesitan una revisión en 4 semanas o menos</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>What is checked at review, one per line, e.g. PEG-3 or liver tests</source>
        <translation>Qué se controla en la revisión, uno por línea, p. ej., PEG-3 o pruebas hepáticas</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Número de sesiones</translation>
    </message>
    <message>
        <source>How many CBT sessions are planned</source>
        <translation>Cuántas sesiones de TCC se planifican</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>How often the sessions take place</source>
        <translation>Con qué frecuencia se realizan las sesiones</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <source>Minutes per session</source>
        <translation>Minutos por sesión</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Who delivers the sessions (a name, service or programme)</source>
        <translation>Quién imparte las sesiones (un nombre, servicio o programa)</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>What the patient practises between sessions, printed on the handout</source>
        <translation>Lo que el paciente practica entre sesiones; se imprime en el folleto</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>The practice from the catalog, with its own instructions on the handout</source>
        <translation>La práctica del catálogo, con sus propias instrucciones en el folleto</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minutos al día</translation>
    </message>
    <message>
        <source>How long to practise each day</source>
        <translation>Cuánto tiempo practicar cada día</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Días por semana</translation>
    </message>
    <message>
        <source>How many days a week</source>
        <translation>Cuántos días por semana</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Apps, recordings or classes, one per line, printed on the handout</source>
        <translation>Aplicaciones, grabaciones o clases, uno por línea; se imprimen en el folleto</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Supervised physiotherapy sessions a week</source>
        <translation>Sesiones de fisioterapia supervisadas por semana</translation>
    </message>
    <message>
        <source>Activity pacing</source>
        <translation>Dosificación de la actividad</translation>
    </message>
    <message>
        <source>How the patient paces activity (e.g. break tasks into 20-minute blocks)</source>
        <translation>Cómo dosifica el paciente la actividad (p. ej., dividir las tareas en bloques de 20 minutos)</translation>
    </message>
    <message>
        <source>Walking: start at</source>
        <translation>Caminar: empezar con</translation>
    </message>
    <message>
        <source>Minutes of walking a day to start with</source>
        <translation>Minutos de caminata al día para empezar</translation>
    </message>
    <message>
        <source>Walking: build up to</source>
        <translation>Caminar: llegar a</translation>
    </message>
    <message>
        <source>Minutes of walking a day to build up to</source>
        <translation>Minutos de caminata al día a los que llegar</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Sets of the exercise</source>
        <translation>Series del ejercicio</translation>
    </message>
    <message>
        <source>Repetitions in each set</source>
        <translation>Repeticiones en cada serie</translation>
    </message>
    <message>
        <source>Seconds to hold each repetition</source>
        <translation>Segundos que se mantiene cada repetición</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Minutes of the exercise</source>
        <translation>Minutos del ejercicio</translation>
    </message>
    <message>
        <source>How to make the exercise harder as it gets easier</source>
        <translation>Cómo hacer el ejercicio más difícil a medida que resulta más fácil</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Progresión</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>The part of lifestyle this target is about</source>
        <translation>La parte del estilo de vida a la que se refiere esta meta</translation>
    </message>
    <message>
        <source>Suggested target</source>
        <translation>Meta sugerida</translation>
    </message>
    <message>
        <source>A target from the catalog with its usual wording; edit it after adding</source>
        <translation>Una meta del catálogo con su redacción habitual; edítela después de añadirla</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Where the patient stands with kratom</source>
        <translation>Situación del paciente respecto al kratom</translation>
    </message>
    <message>
        <source>Product form</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>What the patient uses; concentrated extracts and 7-OH products raise a warning</source>
        <translation>Lo que consume el paciente; los extractos concentrados y los productos de 7-OH generan una advertencia</translation>
    </message>
    <message>
        <source>How often (as reported)</source>
        <translation>Frecuencia (según refiere)</translation>
    </message>
    <message>
        <source>How often the patient says they take it, in their words</source>
        <translation>Con qué frecuencia dice el paciente que lo toma, con sus palabras</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Desde hace</translation>
    </message>
    <message>
        <source>How long the patient has used it, in months</source>
        <translation>Cuánto tiempo lo ha consumido el paciente, en meses</translation>
    </message>
    <message>
        <source>Where they get it</source>
        <translation>Dónde lo consigue</translation>
    </message>
    <message>
        <source>Where the patient buys it (shop, online, ...), in their words</source>
        <translation>Dónde lo compra el paciente (tienda, internet, ...), con sus palabras</translation>
    </message>
    <message>
        <source>Withdrawal symptoms</source>
        <translation>Síntomas de abstinencia</translation>
    </message>
    <message>
        <source>Symptoms the patient reports when they stop or cut down</source>
        <translation>Síntomas que refiere el paciente al dejarlo o reducirlo</translation>
    </message>
    <message>
        <source>Review in</source>
        <translation>Revisar en</translation>
    </message>
    <message>
        <source>When to review kratom use, in weeks</source>
        <translation>Cuándo revisar el consumo de kratom, en semanas</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Care plans (*.careplan.json);;All files (*)</source>
        <translation>Planes de cuidados (*.careplan.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New care plan</source>
        <translation>Nuevo plan de cuidados</translation>
    </message>
    <message>
        <source>Template not usable</source>
        <translation>Plantilla no utilizable</translation>
    </message>
    <message>
        <source>This template could not be read.</source>
        <translation>No se pudo leer esta plantilla.</translation>
    </message>
    <message>
        <source>New plan from “{0}”</source>
        <translation>Nuevo plan a partir de «{0}»</translation>
    </message>
    <message>
        <source>New blank plan</source>
        <translation>Nuevo plan en blanco</translation>
    </message>
    <message>
        <source>New plan from “{0}”: fill in the patient</source>
        <translation>Nuevo plan a partir de «{0}»: complete los datos del paciente</translation>
    </message>
    <message>
        <source>No plan made</source>
        <translation>No se creó ningún plan</translation>
    </message>
    <message>
        <source>This template has a kratom module.</source>
        <translation>Esta plantilla tiene un módulo de kratom.</translation>
    </message>
    <message>
        <source>Its cautions must be accepted for every new plan. Turn the kratom module on in Preferences if needed, then try again and accept the cautions.</source>
        <translation>Sus precauciones deben aceptarse para cada plan nuevo. Active el módulo de kratom en Preferencias si hace falta, vuelva a intentarlo y acepte las precauciones.</translation>
    </message>
    <message>
        <source>Open a care plan</source>
        <translation>Abrir un plan de cuidados</translation>
    </message>
    <message>
        <source>Could not open the plan</source>
        <translation>No se pudo abrir el plan</translation>
    </message>
    <message>
        <source>“{0}” could not be opened: {1}</source>
        <translation>No se pudo abrir «{0}»: {1}</translation>
    </message>
    <message>
        <source>The file has not been changed, and your current plan is still open.</source>
        <translation>El archivo no se ha modificado y su plan actual sigue abierto.</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Abierto: {0}</translation>
    </message>
    <message>
        <source>Save the care plan</source>
        <translation>Guardar el plan de cuidados</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>The plan was not saved.</source>
        <translation>El plan no se guardó.</translation>
    </message>
    <message>
        <source>“{0}” was not saved: {1}.</source>
        <translation>«{0}» no se guardó: {1}.</translation>
    </message>
    <message>
        <source>Your plan is still open with its changes unsaved; choose File ▸ Save As to save it elsewhere.</source>
        <translation>Su plan sigue abierto con los cambios sin guardar; elija Archivo ▸ Guardar como para guardarlo en otro lugar.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>No se pudo guardar la plantilla</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Plantilla guardada</translation>
    </message>
    <message>
        <source>“{0}” is now in your templates.</source>
        <translation>«{0}» ya está en sus plantillas.</translation>
    </message>
    <message>
        <source>Patient details were removed. Choose File ▸ New from template to use it.</source>
        <translation>Se eliminaron los datos del paciente. Elija Archivo ▸ Nuevo desde plantilla para usarla.</translation>
    </message>
    <message numerus="yes">
        <source> %n more to edit after it.</source>
        <translation>
            <numerusform> Después queda %n más por corregir.</numerusform>
            <numerusform> Después quedan %n más por corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template&apos;s title or description</source>
        <translation>El título o la descripción de la plantilla</translation>
    </message>
    <message>
        <source>The highlighted field</source>
        <translation>El campo resaltado</translation>
    </message>
    <message>
        <source>Not saved as a template</source>
        <translation>No se guardó como plantilla</translation>
    </message>
    <message>
        <source>{0} contains {1}: “{2}”.</source>
        <translation>{0} contiene {1}: «{2}».</translation>
    </message>
    <message>
        <source>Templates carry no patient identifiers. Edit it, then choose Save as Template again.{0}</source>
        <translation>Las plantillas no llevan identificadores del paciente. Corríjalo y vuelva a elegir Guardar como plantilla.{0}</translation>
    </message>
</context>
<context>
    <name>FindingsController</name>
    <message>
        <source>{0} module</source>
        <translation>módulo {0}</translation>
    </message>
    <message>
        <source>{0} (already taking)</source>
        <translation>{0} (ya lo toma)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source> – acknowledged</source>
        <translation> – reconocido</translation>
    </message>
    <message>
        <source> – acknowledgement no longer covers it</source>
        <translation> – el reconocimiento ya no lo cubre</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message numerus="yes">
        <source>%n critical(s)</source>
        <translation>
            <numerusform>%n crítico</numerusform>
            <numerusform>%n críticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n crítico</numerusform>
            <numerusform>%n críticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: nothing in this plan needs attention.</source>
        <translation>Sin hallazgos: nada en este plan requiere atención.</translation>
    </message>
    <message>
        <source>{0} to acknowledge before export</source>
        <translation>{0} por reconocer antes de exportar</translation>
    </message>
    <message>
        <source>Checking the changes…</source>
        <translation>Comprobando los cambios…</translation>
    </message>
    <message>
        <source>{0} open</source>
        <translation>{0} abiertos</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Nada abierto</translation>
    </message>
    <message>
        <source>; {0} acknowledged</source>
        <translation>; {0} reconocidos</translation>
    </message>
    <message>
        <source>a medicine or item no longer in this plan</source>
        <translation>un medicamento o elemento que ya no está en este plan</translation>
    </message>
    <message>
        <source>{0} ({1} entries)</source>
        <translation>{0} ({1} entradas)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Concerns:&lt;/b&gt; {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Afecta a:&lt;/b&gt; {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Acknowledged&lt;/b&gt;{0} on {1:%d %b %Y %H:%M}: {2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Reconocido&lt;/b&gt;{0} el {1:%d/%m/%Y %H:%M}: {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Acknowledge this with a reason before exporting the handout.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Reconózcalo con un motivo antes de exportar el folleto.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fuentes&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;&lt;small&gt;Details: safety rule {0}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;&lt;small&gt;Detalles: regla de seguridad {0}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Finding detail</source>
        <translation>Detalle del hallazgo</translation>
    </message>
    <message>
        <source>Go to item</source>
        <translation>Ir al elemento</translation>
    </message>
    <message>
        <source>Go to the item this finding concerns</source>
        <translation>Ir al elemento al que se refiere este hallazgo</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Reconocer…</translation>
    </message>
    <message>
        <source>Acknowledge this finding with a reason</source>
        <translation>Reconocer este hallazgo con un motivo</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Withdraw this acknowledgement</source>
        <translation>Retirar este reconocimiento</translation>
    </message>
    <message>
        <source>Withdraw the acknowledgement: the finding counts as open again</source>
        <translation>Retirar el reconocimiento: el hallazgo vuelve a contar como abierto</translation>
    </message>
    <message>
        <source>Change reason…</source>
        <translation>Cambiar motivo…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to read more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un hallazgo para ver más.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FlareFollowupEditor</name>
    <message>
        <source> (already taking)</source>
        <translation> (ya lo toma)</translation>
    </message>
</context>
<context>
    <name>FlarePlanEditor</name>
    <message>
        <source>Flare plan</source>
        <translation>Plan para crisis</translation>
    </message>
    <message>
        <source>On a bad day</source>
        <translation>En un mal día</translation>
    </message>
    <message>
        <source>Steps, in order (the kind of advice first)</source>
        <translation>Pasos, en orden (primero el tipo de consejo)</translation>
    </message>
    <message>
        <source>The plan has no medicines to choose from yet.</source>
        <translation>El plan aún no tiene medicamentos para elegir.</translation>
    </message>
    <message>
        <source>May take</source>
        <translation>Puede tomar</translation>
    </message>
    <message>
        <source>Medicines from this plan the patient may take on a bad day; the handout prints each with its dose, daily limit and gap</source>
        <translation>Medicamentos de este plan que el paciente puede tomar en un mal día; el folleto imprime cada uno con su dosis, límite diario e intervalo</translation>
    </message>
    <message>
        <source>Also (free text)</source>
        <translation>Además (texto libre)</translation>
    </message>
    <message>
        <source>flare-plan medicine</source>
        <translation>medicamento del plan para crisis</translation>
    </message>
    <message>
        <source>Anything else the patient may do or take, in addition to the medicines ticked above</source>
        <translation>Cualquier otra cosa que el paciente pueda hacer o tomar, además de los medicamentos marcados arriba</translation>
    </message>
    <message>
        <source>e.g. anything else they may take, in plain words</source>
        <translation>p. ej., cualquier otra cosa que pueda tomar, en palabras sencillas</translation>
    </message>
    <message>
        <source>Call us if</source>
        <translation>Llámenos si</translation>
    </message>
    <message>
        <source>when to call</source>
        <translation>cuándo llamar</translation>
    </message>
    <message>
        <source>e.g. pain is 9/10 or more for over a day</source>
        <translation>p. ej., dolor de 9/10 o más durante más de un día</translation>
    </message>
    <message>
        <source>A medicine no longer in the plan</source>
        <translation>Un medicamento que ya no está en el plan</translation>
    </message>
    <message>
        <source>untick to remove it</source>
        <translation>desmárquelo para quitarlo</translation>
    </message>
    <message>
        <source>Tick to let the patient take it on a bad day, within its limits</source>
        <translation>Márquelo para que el paciente pueda tomarlo en un mal día, dentro de sus límites</translation>
    </message>
    <message>
        <source>flare-plan medicines</source>
        <translation>medicamentos del plan para crisis</translation>
    </message>
</context>
<context>
    <name>FlareStepList</name>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Add a flare-plan step</source>
        <translation>Añadir un paso al plan para crisis</translation>
    </message>
    <message>
        <source>flare-plan step</source>
        <translation>paso del plan para crisis</translation>
    </message>
</context>
<context>
    <name>FlareStepRow</name>
    <message>
        <source>kind of flare step {0}</source>
        <translation>tipo del paso {0} para crisis</translation>
    </message>
    <message>
        <source>Kind of step {0}</source>
        <translation>Tipo del paso {0}</translation>
    </message>
    <message>
        <source>What the step is about; the safety checks read it (heat with a patch or a gel, alcohol with a sedating medicine)</source>
        <translation>De qué trata el paso; las comprobaciones de seguridad lo leen (calor con un parche o un gel, alcohol con un medicamento sedante)</translation>
    </message>
    <message>
        <source>flare step {0}</source>
        <translation>paso {0} para crisis</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Paso {0}</translation>
    </message>
    <message>
        <source>What the patient does, in plain words</source>
        <translation>Lo que hace el paciente, en palabras sencillas</translation>
    </message>
    <message>
        <source>Remove step {0}</source>
        <translation>Quitar el paso {0}</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Quitar este paso</translation>
    </message>
    <message>
        <source>flare-plan step</source>
        <translation>paso del plan para crisis</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>&amp;Review every</source>
        <translation>&amp;Revisar cada</translation>
    </message>
    <message>
        <source>follow-up interval</source>
        <translation>intervalo de seguimiento</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>next visit</source>
        <translation>próxima visita</translation>
    </message>
    <message>
        <source>The date of the next review, printed on the handout</source>
        <translation>La fecha de la próxima revisión; se imprime en el folleto</translation>
    </message>
    <message>
        <source>One per line, e.g.
PEG-3
liver function tests</source>
        <translation>Uno por línea, p. ej.:
PEG-3
pruebas de función hepática</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>goal measure</source>
        <translation>medida del objetivo</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>e.g. PEG, minutes walked</source>
        <translation>p. ej., PEG, minutos caminados</translation>
    </message>
    <message>
        <source>goal target</source>
        <translation>meta del objetivo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>e.g. 4 or lower</source>
        <translation>p. ej., 4 o menos</translation>
    </message>
    <message>
        <source>goal due date</source>
        <translation>fecha límite del objetivo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>When the goal should be reached</source>
        <translation>Cuándo debería alcanzarse el objetivo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Quitar este objetivo</translation>
    </message>
    <message>
        <source>Measure, target, due</source>
        <translation>Medida, meta, fecha</translation>
    </message>
</context>
<context>
    <name>GoalsEditor</name>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>No goals yet. Add one the patient cares about.</source>
        <translation>Aún no hay objetivos. Añada uno que le importe al paciente.</translation>
    </message>
    <message>
        <source>Goals (specific, measurable, with a date)</source>
        <translation>Objetivos (específicos, medibles, con fecha)</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>PEG</source>
        <translation>PEG</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Careplan user guide</source>
        <translation>Guía del usuario de Careplan</translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation>Temas de la guía</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
</context>
<context>
    <name>JurisdictionEdit</name>
    <message>
        <source>Start typing a country or state, e.g. Texas</source>
        <translation>Empiece a escribir un país o estado, p. ej., Texas</translation>
    </message>
</context>
<context>
    <name>KratomCautionsDialog</name>
    <message>
        <source>Kratom is not an approved medicine. Research has not established a safe dose, products vary widely in strength, and it may be illegal where the patient lives. Careplan records reported use and your counselling; it never suggests a dose or a product.</source>
        <translation>El kratom no es un medicamento aprobado. La investigación no ha establecido una dosis segura, la potencia de los productos varía mucho y puede ser ilegal donde vive el paciente. Careplan registra el consumo referido y su consejo; nunca sugiere una dosis ni un producto.</translation>
    </message>
    <message>
        <source>Kratom: cautions to accept</source>
        <translation>Kratom: precauciones que aceptar</translation>
    </message>
    <message>
        <source>Enable the kratom module</source>
        <translation>Activar el módulo de kratom</translation>
    </message>
    <message>
        <source>Add a kratom module to this plan</source>
        <translation>Añadir un módulo de kratom a este plan</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: read and accept these cautions first.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: primero lea y acepte estas precauciones.</translation>
    </message>
    <message>
        <source>Kratom cautions</source>
        <translation>Precauciones del kratom</translation>
    </message>
    <message>
        <source>I have read these cautions and will go through them with the patient</source>
        <translation>He leído estas precauciones y las repasaré con el paciente</translation>
    </message>
    <message>
        <source>Accept the kratom cautions</source>
        <translation>Aceptar las precauciones del kratom</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>KratomEditor</name>
    <message>
        <source>Currently using</source>
        <translation>Consume actualmente</translation>
    </message>
    <message>
        <source>Considering it</source>
        <translation>Lo está considerando</translation>
    </message>
    <message>
        <source>Tapering off</source>
        <translation>Reduciendo hasta dejarlo</translation>
    </message>
    <message>
        <source>Used in the past</source>
        <translation>Lo consumió en el pasado</translation>
    </message>
    <message>
        <source>Advised against it</source>
        <translation>Se le desaconsejó</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Powder</source>
        <translation>Polvo</translation>
    </message>
    <message>
        <source>Capsules</source>
        <translation>Cápsulas</translation>
    </message>
    <message>
        <source>Liquid / shot</source>
        <translation>Líquido / shot</translation>
    </message>
    <message>
        <source>Concentrated extract</source>
        <translation>Extracto concentrado</translation>
    </message>
    <message>
        <source>Kratom (counselling)</source>
        <translation>Kratom (consejo)</translation>
    </message>
    <message>
        <source>What the patient reports</source>
        <translation>Lo que refiere el paciente</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Situación</translation>
    </message>
    <message>
        <source>kratom status</source>
        <translation>situación respecto al kratom</translation>
    </message>
    <message>
        <source>Product form</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>kratom product form</source>
        <translation>presentación del kratom</translation>
    </message>
    <message>
        <source>Amount (as reported)</source>
        <translation>Cantidad (según refiere)</translation>
    </message>
    <message>
        <source>reported amount</source>
        <translation>cantidad referida</translation>
    </message>
    <message>
        <source>What the patient says they take; Careplan never suggests an amount</source>
        <translation>Lo que el paciente dice que toma; Careplan nunca sugiere una cantidad</translation>
    </message>
    <message>
        <source>How often (as reported)</source>
        <translation>Frecuencia (según refiere)</translation>
    </message>
    <message>
        <source>reported frequency</source>
        <translation>frecuencia referida</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Desde hace</translation>
    </message>
    <message>
        <source>duration of use</source>
        <translation>tiempo de consumo</translation>
    </message>
    <message>
        <source>Where they get it</source>
        <translation>Dónde lo consigue</translation>
    </message>
    <message>
        <source>Withdrawal symptoms</source>
        <translation>Síntomas de abstinencia</translation>
    </message>
    <message>
        <source>withdrawal symptoms</source>
        <translation>síntomas de abstinencia</translation>
    </message>
    <message>
        <source>Cautions discussed with the patient</source>
        <translation>Precauciones comentadas con el paciente</translation>
    </message>
    <message>
        <source>cautions discussed</source>
        <translation>precauciones comentadas</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>kratom monitoring</source>
        <translation>seguimiento del kratom</translation>
    </message>
    <message>
        <source>One per line, e.g. liver function tests</source>
        <translation>Uno por línea, p. ej., pruebas de función hepática</translation>
    </message>
    <message>
        <source>Review in</source>
        <translation>Revisar en</translation>
    </message>
    <message>
        <source>kratom review</source>
        <translation>revisión del kratom</translation>
    </message>
    <message>
        <source>Kratom</source>
        <translation>Kratom</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>the clinician</source>
        <translation>el clínico</translation>
    </message>
    <message>
        <source>Cautions accepted by {0} on {1} (UTC).</source>
        <translation>Precauciones aceptadas por {0} el {1} (UTC).</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>Idioma de las pantallas</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>A new screen language applies the next time you start Careplan. Handouts follow each patient&apos;s language; the clinician summary stays in English.</source>
        <translation>El nuevo idioma de las pantallas se aplica la próxima vez que abra Careplan. Las hojas para el paciente siguen el idioma de cada paciente; el resumen clínico sigue en inglés.</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <source>Who reviewed the handout wording</source>
        <translation>Quién revisó el texto de la hoja</translation>
    </message>
    <message>
        <source>Record review of the %1 handout wording</source>
        <translation>Registrar la revisión del texto de la hoja en %1</translation>
    </message>
    <message>
        <source>Type who reviewed the wording first</source>
        <translation>Escriba primero quién revisó el texto</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Template not usable</source>
        <translation>Plantilla no utilizable</translation>
    </message>
    <message>
        <source>This template could not be read.</source>
        <translation>No se pudo leer esta plantilla.</translation>
    </message>
    <message>
        <source>No plan made</source>
        <translation>No se creó ningún plan</translation>
    </message>
    <message>
        <source>This template has a kratom module.</source>
        <translation>Esta plantilla tiene un módulo de kratom.</translation>
    </message>
    <message>
        <source>Its cautions must be accepted for every new plan.</source>
        <translation>Sus precauciones deben aceptarse para cada plan nuevo.</translation>
    </message>
    <message>
        <source>New plan from “{0}”</source>
        <translation>Nuevo plan a partir de «{0}»</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Careplan templates (*.careplan.json)</source>
        <translation>Plantillas de Careplan (*.careplan.json)</translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message>
        <source>Care plans (*.careplan.json)</source>
        <translation>Planes de cuidados (*.careplan.json)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed off&lt;/b&gt; by {0}, {1:%Y-%m-%d %H:%M} UTC · revision {2} · read-only</source>
        <translation>&lt;b&gt;Firmado&lt;/b&gt; por {0}, {1:%Y-%m-%d %H:%M} UTC · revisión {2} · solo lectura</translation>
    </message>
    <message>
        <source>Revision {0} is signed off ({1}) and cannot be changed. Revise starts the next revision in a new file; this one stays as signed.</source>
        <translation>La revisión {0} está firmada ({1}) y no se puede cambiar. Revisar inicia la siguiente revisión en un archivo nuevo; esta queda tal como se firmó.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>No firmado</translation>
    </message>
    <message>
        <source>A template is not signed off.</source>
        <translation>Una plantilla no se firma.</translation>
    </message>
    <message>
        <source>Make a plan from it, then sign that plan.</source>
        <translation>Cree un plan a partir de ella y firme ese plan.</translation>
    </message>
    <message>
        <source>Already signed off</source>
        <translation>Ya firmado</translation>
    </message>
    <message>
        <source>Revision {0} was signed off by {1}.</source>
        <translation>La revisión {0} fue firmada por {1}.</translation>
    </message>
    <message>
        <source>To change it, choose Plan ▸ Revise.</source>
        <translation>Para cambiarla, elija Plan ▸ Revisar.</translation>
    </message>
    <message>
        <source>Cannot sign off yet</source>
        <translation>Aún no se puede firmar</translation>
    </message>
    <message numerus="yes">
        <source>%n critical finding(s) not acknowledged.</source>
        <translation>
            <numerusform>%n hallazgo crítico sin reconocer.</numerusform>
            <numerusform>%n hallazgos críticos sin reconocer.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}

Acknowledge each with a reason in the Findings panel, or change the plan.</source>
        <translation>{0}

Reconozca cada uno con un motivo en el panel Hallazgos, o cambie el plan.</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>No firmado</translation>
    </message>
    <message>
        <source>Save the signed plan</source>
        <translation>Guardar el plan firmado</translation>
    </message>
    <message>
        <source>Signed off revision {0}; {1} is now read-only</source>
        <translation>Revisión {0} firmada; {1} ahora es de solo lectura</translation>
    </message>
    <message>
        <source>Nothing to revise</source>
        <translation>Nada que revisar</translation>
    </message>
    <message>
        <source>Save revision {0} as</source>
        <translation>Guardar la revisión {0} como</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Elija otro archivo</translation>
    </message>
    <message>
        <source>Revision {0} is in {1}.</source>
        <translation>La revisión {0} está en {1}.</translation>
    </message>
    <message>
        <source>A new revision needs its own file, so that the signed one stays as it was.</source>
        <translation>Una revisión nueva necesita su propio archivo, para que la firmada quede como estaba.</translation>
    </message>
    <message>
        <source>Revision {0} started in {1}; revision {2} is unchanged</source>
        <translation>Revisión {0} iniciada en {1}; la revisión {2} no cambia</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparar con…</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>No se pudo comparar</translation>
    </message>
    <message>
        <source>“{0}” could not be read: {1}</source>
        <translation>No se pudo leer «{0}»: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;From&lt;/b&gt; revision {0} ({1}) &lt;b&gt;to&lt;/b&gt; revision {2} ({3}) of “{4}”</source>
        <translation>&lt;b&gt;De&lt;/b&gt; la revisión {0} ({1}) &lt;b&gt;a&lt;/b&gt; la revisión {2} ({3}) de «{4}»</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>“{0}” was not saved: {1}</source>
        <translation>«{0}» no se guardó: {1}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Nothing was signed or changed on disk; your plan is still open.</source>
        <translation>No se firmó ni cambió nada en el disco; su plan sigue abierto.</translation>
    </message>
</context>
<context>
    <name>LifestyleEditor</name>
    <message>
        <source>Lifestyle</source>
        <translation>Estilo de vida</translation>
    </message>
    <message>
        <source>No targets yet. Pick a suggested one below.</source>
        <translation>Aún no hay metas. Elija una sugerida abajo.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Suggested target</source>
        <translation>Meta sugerida</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>lifestyle target</source>
        <translation>meta de estilo de vida</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nuevo plan</translation>
    </message>
    <message>
        <source>Start a blank plan</source>
        <translation>Empezar un plan en blanco</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Nuevo desde &amp;plantilla…</translation>
    </message>
    <message>
        <source>Start a plan from a template</source>
        <translation>Empezar un plan a partir de una plantilla</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a saved plan</source>
        <translation>Abrir un plan guardado</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation>Guardar el plan con otro nombre</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>Guardar como plan&amp;tilla…</translation>
    </message>
    <message>
        <source>Save a de-identified copy as a template</source>
        <translation>Guardar una copia sin datos identificativos como plantilla</translation>
    </message>
    <message>
        <source>&amp;Export handout…</source>
        <translation>&amp;Exportar folleto…</translation>
    </message>
    <message>
        <source>Export the patient handout as PDF</source>
        <translation>Exportar el folleto para el paciente en PDF</translation>
    </message>
    <message>
        <source>Export clinician &amp;summary…</source>
        <translation>Exportar re&amp;sumen clínico…</translation>
    </message>
    <message>
        <source>Export the clinician summary as PDF</source>
        <translation>Exportar el resumen clínico en PDF</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir folleto…</translation>
    </message>
    <message>
        <source>Print the handout exactly as previewed</source>
        <translation>Imprimir el folleto exactamente como en la vista previa</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>Cerrar p&amp;lan</translation>
    </message>
    <message>
        <source>Close this plan and go back to the start page</source>
        <translation>Cerrar este plan y volver a la página de inicio</translation>
    </message>
    <message>
        <source>S&amp;tart page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <source>New plan, open, recent plans and recovered work</source>
        <translation>Nuevo plan, abrir, planes recientes y trabajo recuperado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Careplan</source>
        <translation>Salir de Careplan</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Letterhead, defaults, template folders, kratom</source>
        <translation>Membrete, valores por defecto, carpetas de plantillas, kratom</translation>
    </message>
    <message>
        <source>&amp;Add module</source>
        <translation>&amp;Añadir módulo</translation>
    </message>
    <message>
        <source>&amp;Remove module</source>
        <translation>&amp;Quitar módulo</translation>
    </message>
    <message>
        <source>Remove the selected module</source>
        <translation>Quitar el módulo seleccionado</translation>
    </message>
    <message>
        <source>Move module &amp;up</source>
        <translation>S&amp;ubir módulo</translation>
    </message>
    <message>
        <source>Move the selected module earlier</source>
        <translation>Mover el módulo seleccionado hacia arriba</translation>
    </message>
    <message>
        <source>Move module &amp;down</source>
        <translation>&amp;Bajar módulo</translation>
    </message>
    <message>
        <source>Move the selected module later</source>
        <translation>Mover el módulo seleccionado hacia abajo</translation>
    </message>
    <message>
        <source>Show &amp;findings</source>
        <translation>Mostrar &amp;hallazgos</translation>
    </message>
    <message>
        <source>Show the findings panel</source>
        <translation>Mostrar el panel de hallazgos</translation>
    </message>
    <message>
        <source>Show pre&amp;view</source>
        <translation>Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <source>Show the handout preview</source>
        <translation>Mostrar la vista previa del folleto</translation>
    </message>
    <message>
        <source>Go to &amp;outline</source>
        <translation>Ir al &amp;esquema</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the plan outline</source>
        <translation>Llevar el foco del teclado al esquema del plan</translation>
    </message>
    <message>
        <source>Go to the &amp;form</source>
        <translation>Ir al &amp;formulario</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the first field of the form</source>
        <translation>Llevar el foco del teclado al primer campo del formulario</translation>
    </message>
    <message>
        <source>&amp;Outline pane</source>
        <translation>Panel de e&amp;squema</translation>
    </message>
    <message>
        <source>Show or hide the plan outline (the form gets its width)</source>
        <translation>Mostrar u ocultar el esquema del plan (el formulario ocupa su ancho)</translation>
    </message>
    <message>
        <source>Findings and pre&amp;view pane</source>
        <translation>Panel de hallazgos y vista p&amp;revia</translation>
    </message>
    <message>
        <source>Show or hide the findings and preview (the form gets their width)</source>
        <translation>Mostrar u ocultar los hallazgos y la vista previa (el formulario ocupa su ancho)</translation>
    </message>
    <message>
        <source>Careplan &amp;user guide</source>
        <translation>&amp;Guía del usuario de Careplan</translation>
    </message>
    <message>
        <source>The offline user guide, open at the topic you are on</source>
        <translation>La guía del usuario sin conexión, abierta en el tema en el que está</translation>
    </message>
    <message>
        <source>&amp;About Careplan</source>
        <translation>&amp;Acerca de Careplan</translation>
    </message>
    <message>
        <source>Template &amp;library…</source>
        <translation>&amp;Biblioteca de plantillas…</translation>
    </message>
    <message>
        <source>Search, preview, share and manage templates</source>
        <translation>Buscar, previsualizar, compartir y gestionar plantillas</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>Sign the plan off: it becomes final and read-only</source>
        <translation>Firmar el plan: pasa a ser definitivo y de solo lectura</translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <source>Start the next revision of a signed plan, in a new file</source>
        <translation>Iniciar la siguiente revisión de un plan firmado, en un archivo nuevo</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>&amp;Comparar con…</translation>
    </message>
    <message>
        <source>Show what changed between this plan and another revision</source>
        <translation>Mostrar qué cambió entre este plan y otra revisión</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;p align=center&gt;Loading the clinical catalog…&lt;/p&gt;</source>
        <translation>&lt;p align=center&gt;Cargando el catálogo clínico…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Careplan cannot start</source>
        <translation>Careplan no puede iniciarse</translation>
    </message>
    <message>
        <source>The clinical catalog could not be loaded.</source>
        <translation>No se pudo cargar el catálogo clínico.</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>The questionnaire or scale answered at this visit</source>
        <translation>El cuestionario o la escala respondidos en esta visita</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>The day the patient answered</source>
        <translation>El día en que respondió el paciente</translation>
    </message>
    <message>
        <source>Add visit</source>
        <translation>Añadir visita</translation>
    </message>
    <message>
        <source>Add this visit</source>
        <translation>Añadir esta visita</translation>
    </message>
    <message>
        <source>Adds the answers as one visit (Undo removes it)</source>
        <translation>Añade las respuestas como una visita (Deshacer la elimina)</translation>
    </message>
    <message>
        <source>Visits recorded</source>
        <translation>Visitas registradas</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>Quitar visita</translation>
    </message>
    <message>
        <source>Remove the selected visit</source>
        <translation>Quitar la visita seleccionada</translation>
    </message>
    <message>
        <source>Undo brings it back</source>
        <translation>Deshacer la recupera</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Puntuación: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0}, {1:g} to {2:g}</source>
        <translation>{0}, de {1:g} a {2:g}</translation>
    </message>
    <message>
        <source>{0} visit</source>
        <translation>visita de {0}</translation>
    </message>
    <message>
        <source>{0} by visit (lower is better)</source>
        <translation>{0} por visita (más bajo es mejor)</translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>No medicines yet. Type one below and press Enter.</source>
        <translation>Aún no hay medicamentos. Escriba uno abajo y pulse Intro.</translation>
    </message>
    <message>
        <source>Medicines in this plan</source>
        <translation>Medicamentos de este plan</translation>
    </message>
    <message>
        <source>Notes for this module</source>
        <translation>Notas de este módulo</translation>
    </message>
    <message>
        <source>medication notes</source>
        <translation>notas de medicación</translation>
    </message>
    <message>
        <source>Medication notes</source>
        <translation>Notas de medicación</translation>
    </message>
</context>
<context>
    <name>MedicationForm</name>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Every few days or hours</source>
        <translation>Cada pocos días u horas</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>Solo cuando lo necesite</translation>
    </message>
    <message>
        <source>tablet(s)</source>
        <translation>comprimido(s)</translation>
    </message>
    <message>
        <source>capsule(s)</source>
        <translation>cápsula(s)</translation>
    </message>
    <message>
        <source>patch(es)</source>
        <translation>parche(s)</translation>
    </message>
    <message>
        <source>application(s)</source>
        <translation>aplicación(es)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Pick from the catalog (type part of a generic or brand name), or type any name and confirm it</source>
        <translation>Elija del catálogo (escriba parte del nombre genérico o comercial), o escriba cualquier nombre y confírmelo</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>The product: what one tablet, capsule or patch holds. Choose “Other strength” to type one the list does not have</source>
        <translation>El producto: lo que contiene un comprimido, cápsula o parche. Elija «Otra concentración» para escribir una que no esté en la lista</translation>
    </message>
    <message>
        <source>Strength amount</source>
        <translation>Cantidad de la concentración</translation>
    </message>
    <message>
        <source>How much one tablet, capsule or patch holds</source>
        <translation>Cuánto contiene un comprimido, cápsula o parche</translation>
    </message>
    <message>
        <source>Strength unit</source>
        <translation>Unidad de la concentración</translation>
    </message>
    <message>
        <source>mg, mcg, g, or mcg/h for a patch</source>
        <translation>mg, mcg, g, o mcg/h para un parche</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How much for one dose, in the unit beside it</source>
        <translation>Cuánto por dosis, en la unidad de al lado</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Unidad de dosis</translation>
    </message>
    <message>
        <source>What the dose is counted in</source>
        <translation>En qué se cuenta la dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Every day at set times; every few days or hours (a patch every 3 days, a weekly dose); or only when needed, with a daily limit</source>
        <translation>Todos los días a horas fijas; cada pocos días u horas (un parche cada 3 días, una dosis semanal); o solo cuando lo necesite, con un límite diario</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>When the patient starts it (leave empty to start now)</source>
        <translation>Cuándo empieza el paciente (déjelo vacío para empezar ahora)</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>The last day; or give a course length instead</source>
        <translation>El último día; o indique una duración del tratamiento</translation>
    </message>
    <message>
        <source>Course length</source>
        <translation>Duración del tratamiento</translation>
    </message>
    <message>
        <source>How many days the course runs; leave “—” for a medicine to keep taking</source>
        <translation>Cuántos días dura el tratamiento; deje «—» para un medicamento que se sigue tomando</translation>
    </message>
    <message>
        <source>— days</source>
        <translation>— días</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>How it is taken or applied</source>
        <translation>Cómo se toma o se aplica</translation>
    </message>
    <message>
        <source>Over the counter</source>
        <translation>Sin receta</translation>
    </message>
    <message>
        <source>Bought over the counter</source>
        <translation>Comprado sin receta</translation>
    </message>
    <message>
        <source>The over-the-counter daily limit applies</source>
        <translation>Se aplica el límite diario de venta sin receta</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Given for</source>
        <translation>Indicado para</translation>
    </message>
    <message>
        <source>Treatment of opioid-use disorder (e.g. methadone, buprenorphine) is left out of the MME total and its thresholds; sedative, QT and interaction checks still count it</source>
        <translation>El tratamiento del trastorno por consumo de opioides (p. ej., metadona, buprenorfina) queda fuera del total de MME y de sus umbrales; las comprobaciones de sedación, QT e interacciones lo siguen contando</translation>
    </message>
    <message>
        <source>or for</source>
        <translation>o durante</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>What it is for, in the patient&apos;s words; printed on the handout</source>
        <translation>Para qué es, con las palabras del paciente; se imprime en el folleto</translation>
    </message>
    <message>
        <source>What for, e.g. back pain and stiffness</source>
        <translation>Para qué, p. ej., dolor y rigidez de espalda</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Anything else the patient must know, printed on the handout</source>
        <translation>Cualquier otra cosa que el paciente deba saber; se imprime en el folleto</translation>
    </message>
    <message>
        <source>Instructions, e.g. take with food</source>
        <translation>Instrucciones, p. ej., tomar con comida</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Problem with this medicine</source>
        <translation>Problema con este medicamento</translation>
    </message>
    <message>
        <source>time a day</source>
        <translation>vez al día</translation>
    </message>
    <message>
        <source>times a day</source>
        <translation>veces al día</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source>How many doses each day</source>
        <translation>Cuántas dosis cada día</translation>
    </message>
    <message>
        <source>{0} dose</source>
        <translation>dosis de {0}</translation>
    </message>
    <message>
        <source>Tick the times of day of the doses; the number of doses a day follows</source>
        <translation>Marque las horas del día de las dosis; el número de dosis al día se ajusta</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>How many days (or hours) between doses: a patch every 3 days</source>
        <translation>Cuántos días (u horas) entre dosis: un parche cada 3 días</translation>
    </message>
    <message>
        <source>Interval unit</source>
        <translation>Unidad del intervalo</translation>
    </message>
    <message>
        <source>Days or hours</source>
        <translation>Días u horas</translation>
    </message>
    <message>
        <source>dose a day at most</source>
        <translation>dosis al día como máximo</translation>
    </message>
    <message>
        <source>doses a day at most</source>
        <translation>dosis al día como máximo</translation>
    </message>
    <message>
        <source>Most doses a day</source>
        <translation>Máximo de dosis al día</translation>
    </message>
    <message>
        <source>The most doses the patient may take in one day</source>
        <translation>El máximo de dosis que el paciente puede tomar en un día</translation>
    </message>
    <message>
        <source>hour apart at least</source>
        <translation>hora de separación como mínimo</translation>
    </message>
    <message>
        <source>Hours between doses</source>
        <translation>Horas entre dosis</translation>
    </message>
    <message>
        <source>The shortest time between two doses; printed on the handout</source>
        <translation>El tiempo mínimo entre dos dosis; se imprime en el folleto</translation>
    </message>
    <message>
        <source>hours apart at least</source>
        <translation>horas de separación como mínimo</translation>
    </message>
    <message>
        <source>no minimum gap set</source>
        <translation>sin intervalo mínimo</translation>
    </message>
</context>
<context>
    <name>MedicationRow</name>
    <message>
        <source>Show or hide this medicine&apos;s details</source>
        <translation>Mostrar u ocultar los detalles de este medicamento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this medicine</source>
        <translation>Quitar este medicamento</translation>
    </message>
    <message>
        <source>Remove this medicine from the list (Undo brings it back)</source>
        <translation>Quitar este medicamento de la lista (Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>{0} dose</source>
        <translation>dosis de {0}</translation>
    </message>
    <message>
        <source>{0} unit</source>
        <translation>unidad de {0}</translation>
    </message>
    <message>
        <source>{0} start date</source>
        <translation>fecha de inicio de {0}</translation>
    </message>
    <message>
        <source>{0} route</source>
        <translation>vía de {0}</translation>
    </message>
    <message>
        <source>{0} OTC</source>
        <translation>{0} sin receta</translation>
    </message>
    <message>
        <source>{0} given for</source>
        <translation>{0}: indicado para</translation>
    </message>
    <message>
        <source>{0} purpose</source>
        <translation>para qué es {0}</translation>
    </message>
    <message>
        <source>{0} instructions</source>
        <translation>instrucciones de {0}</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Ocultar los detalles</translation>
    </message>
    <message>
        <source>Show the details to edit them</source>
        <translation>Mostrar los detalles para editarlos</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>not in the catalog: not checked</source>
        <translation>no está en el catálogo: sin comprobar</translation>
    </message>
</context>
<context>
    <name>MindfulnessEditor</name>
    <message>
        <source>Mindfulness</source>
        <translation>Mindfulness</translation>
    </message>
    <message>
        <source>Daily practice</source>
        <translation>Práctica diaria</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún sin elegir</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Práctica</translation>
    </message>
    <message>
        <source>mindfulness practice</source>
        <translation>práctica de mindfulness</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minutos al día</translation>
    </message>
    <message>
        <source>minutes a day</source>
        <translation>minutos al día</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Días por semana</translation>
    </message>
    <message>
        <source>days a week</source>
        <translation>días por semana</translation>
    </message>
    <message>
        <source>mindfulness resources</source>
        <translation>recursos de mindfulness</translation>
    </message>
    <message>
        <source>One per line: apps, recordings, classes</source>
        <translation>Uno por línea: aplicaciones, grabaciones, clases</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>Printed on the handout as a note from the care team</source>
        <translation>Se imprime en el folleto como una nota del equipo de atención</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>Notas de {0}</translation>
    </message>
</context>
<context>
    <name>ModulesOverview</name>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>The plan&apos;s modules in the order the handout prints them. Add modules from the palette on the left (double-click, Enter, or drag them into the outline).</source>
        <translation>Los módulos del plan en el orden en que los imprime el folleto. Añada módulos desde la paleta de la izquierda (doble clic, Intro, o arrástrelos al esquema).</translation>
    </message>
    <message>
        <source>Modules in order</source>
        <translation>Módulos en orden</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move module up</source>
        <translation>Subir el módulo</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move module down</source>
        <translation>Bajar el módulo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove module</source>
        <translation>Quitar módulo</translation>
    </message>
</context>
<context>
    <name>MonitoringEntriesModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <source>Monitoring due</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <source>No monitoring is called for by this plan&apos;s medicines.</source>
        <translation>Los medicamentos de este plan no requieren seguimiento.</translation>
    </message>
    <message>
        <source>Monitoring task</source>
        <translation>Tarea de seguimiento</translation>
    </message>
    <message>
        <source>What was done: a PDMP check, a urine drug test, a treatment agreement, naloxone offered, a bowel regimen</source>
        <translation>Qué se hizo: consulta del PDMP, análisis de drogas en orina, acuerdo de tratamiento, naloxona ofrecida, pauta para el estreñimiento</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>The day it was done</source>
        <translation>El día en que se hizo</translation>
    </message>
    <message>
        <source>Monitoring note</source>
        <translation>Nota de seguimiento</translation>
    </message>
    <message>
        <source>A short note, e.g. the result, for the summary</source>
        <translation>Una nota breve, p. ej., el resultado, para el resumen</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Record this task</source>
        <translation>Registrar esta tarea</translation>
    </message>
    <message>
        <source>Adds it to the plan (Undo removes it)</source>
        <translation>La añade al plan (Deshacer la elimina)</translation>
    </message>
    <message>
        <source>Monitoring recorded</source>
        <translation>Seguimiento registrado</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar registro</translation>
    </message>
    <message>
        <source>Remove the selected monitoring entry</source>
        <translation>Quitar el registro de seguimiento seleccionado</translation>
    </message>
    <message>
        <source>Undo brings it back</source>
        <translation>Deshacer la recupera</translation>
    </message>
    <message>
        <source>monitoring entry</source>
        <translation>registro de seguimiento</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>cannot be left empty; give a number from {0} to {1}.</source>
        <translation>no puede quedar vacío; indique un número de {0} a {1}.</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>{0}. It has a {1} finding: see Findings</source>
        <translation>{0}. Tiene un hallazgo {1}: vea Hallazgos</translation>
    </message>
    <message>
        <source>Patient (none: this is a template)</source>
        <translation>Paciente (ninguno: es una plantilla)</translation>
    </message>
    <message>
        <source>Patient: {0}</source>
        <translation>Paciente: {0}</translation>
    </message>
    <message>
        <source>Patient (no name yet)</source>
        <translation>Paciente (aún sin nombre)</translation>
    </message>
    <message>
        <source>Pain: {0}</source>
        <translation>Dolor: {0}</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Goals ({0})</source>
        <translation>Objetivos ({0})</translation>
    </message>
    <message>
        <source>Modules ({0})</source>
        <translation>Módulos ({0})</translation>
    </message>
    <message numerus="yes">
        <source>Flare plan (%n step(s))</source>
        <translation>
            <numerusform>Plan para crisis (%n paso)</numerusform>
            <numerusform>Plan para crisis (%n pasos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up: every %n week(s)</source>
        <translation>
            <numerusform>Seguimiento: cada %n semana</numerusform>
            <numerusform>Seguimiento: cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Flare plan</source>
        <translation>Plan para crisis</translation>
    </message>
    <message>
        <source>Follow-up (not set)</source>
        <translation>Seguimiento (sin fijar)</translation>
    </message>
</context>
<context>
    <name>OutlineText</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n control</numerusform>
            <numerusform>%n controles</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring and measures ({0})</source>
        <translation>Seguimiento y medidas ({0})</translation>
    </message>
    <message>
        <source>Monitoring and measures</source>
        <translation>Seguimiento y medidas</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Plan outline</source>
        <translation>Esquema del plan</translation>
    </message>
</context>
<context>
    <name>OverTimeEditor</name>
    <message>
        <source>Monitoring and measures</source>
        <translation>Seguimiento y medidas</translation>
    </message>
    <message>
        <source>Record monitoring as it is done and the patient&apos;s answers at each visit. Due dates follow the sourced intervals for the plan&apos;s medicines; scores follow each measure&apos;s published rule.</source>
        <translation>Registre el seguimiento a medida que se hace y las respuestas del paciente en cada visita. Las fechas siguen los intervalos con fuente para los medicamentos del plan; las puntuaciones siguen la regla publicada de cada medida.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Measures by visit</source>
        <translation>Medidas por visita</translation>
    </message>
</context>
<context>
    <name>PainEditor</name>
    <message>
        <source>From tissue injury or inflammation (joints, muscles)</source>
        <translation>Por lesión tisular o inflamación (articulaciones, músculos)</translation>
    </message>
    <message>
        <source>From damage to or disease of the nerves (burning, shooting, numbness)</source>
        <translation>Por lesión o enfermedad de los nervios (ardor, punzadas, entumecimiento)</translation>
    </message>
    <message>
        <source>From altered pain processing without clear tissue or nerve damage (e.g. fibromyalgia)</source>
        <translation>Por alteración del procesamiento del dolor sin lesión tisular ni nerviosa clara (p. ej., fibromialgia)</translation>
    </message>
    <message>
        <source>More than one kind together</source>
        <translation>Más de un tipo a la vez</translation>
    </message>
    <message>
        <source>Pain on average</source>
        <translation>Dolor promedio</translation>
    </message>
    <message>
        <source>Interference with enjoyment of life</source>
        <translation>Interferencia con el disfrute de la vida</translation>
    </message>
    <message>
        <source>Interference with general activity</source>
        <translation>Interferencia con la actividad general</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Where and what kind</source>
        <translation>Dónde y de qué tipo</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Localización</translation>
    </message>
    <message>
        <source>pain sites</source>
        <translation>localización del dolor</translation>
    </message>
    <message>
        <source>e.g. lower back, left knee</source>
        <translation>p. ej., zona lumbar, rodilla izquierda</translation>
    </message>
    <message>
        <source>{0} pain</source>
        <translation>Dolor {0}</translation>
    </message>
    <message>
        <source>pain type</source>
        <translation>tipo de dolor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causas</translation>
    </message>
    <message>
        <source>pain causes</source>
        <translation>causas del dolor</translation>
    </message>
    <message>
        <source>e.g. arthritis, nerve damage</source>
        <translation>p. ej., artrosis, lesión nerviosa</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>pain duration</source>
        <translation>duración del dolor</translation>
    </message>
    <message>
        <source>Baseline scores (0 = none, 10 = worst)</source>
        <translation>Puntuaciones basales (0 = nada, 10 = el peor)</translation>
    </message>
    <message>
        <source>PEG {0}: {1}</source>
        <translation>PEG {0}: {1}</translation>
    </message>
    <message>
        <source>PEG-3 question about the past week, 0 (none) to 10 (worst); stored once all three are set</source>
        <translation>Pregunta del PEG-3 sobre la última semana, de 0 (nada) a 10 (el peor); se guarda cuando las tres tienen valor</translation>
    </message>
    <message>
        <source>Pain now (NRS 0–10)</source>
        <translation>Dolor actual (EVN 0–10)</translation>
    </message>
    <message>
        <source>pain score (NRS)</source>
        <translation>intensidad del dolor (EVN)</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <source>Medicines with doses, schedule and purpose</source>
        <translation>Medicamentos con dosis, horario y finalidad</translation>
    </message>
    <message>
        <source>Exercises from the library, pacing, graded walking</source>
        <translation>Ejercicios de la biblioteca, dosificación de la actividad, caminata progresiva</translation>
    </message>
    <message>
        <source>Sessions, focus areas and homework</source>
        <translation>Sesiones, áreas de trabajo y tareas</translation>
    </message>
    <message>
        <source>A daily practice and how to track it</source>
        <translation>Una práctica diaria y cómo hacerle seguimiento</translation>
    </message>
    <message>
        <source>Sleep, activity, weight, diet, smoking, alcohol targets</source>
        <translation>Metas de sueño, actividad, peso, dieta, tabaco y alcohol</translation>
    </message>
    <message>
        <source>Document reported use and the cautions given</source>
        <translation>Documentar el consumo referido y las precauciones dadas</translation>
    </message>
    <message>
        <source>{0}. Double-click, press Enter or drag into the outline to add.</source>
        <translation>{0}. Doble clic, Intro o arrástrelo al esquema para añadirlo.</translation>
    </message>
</context>
<context>
    <name>PaletteView</name>
    <message>
        <source>Search modules</source>
        <translation>Buscar módulos</translation>
    </message>
    <message>
        <source>Module palette</source>
        <translation>Paleta de módulos</translation>
    </message>
    <message>
        <source>&amp;Add a module</source>
        <translation>&amp;Añadir un módulo</translation>
    </message>
    <message>
        <source>Kratom counselling is off: &lt;a href=&quot;preferences&quot;&gt;turn it on in Preferences&lt;/a&gt;.</source>
        <translation>El consejo sobre kratom está desactivado: &lt;a href=&quot;preferences&quot;&gt;actívelo en Preferencias&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The kratom module is optional; its cautions must be accepted to turn it on</source>
        <translation>El módulo de kratom es opcional; sus precauciones deben aceptarse para activarlo</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose {0}</source>
        <translation>Elegir {0}</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elija una carpeta</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elija el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Yes: opioid tolerant</source>
        <translation>Sí: tolerante a opioides</translation>
    </message>
    <message>
        <source>No: not opioid tolerant</source>
        <translation>No: no tolerante a opioides</translation>
    </message>
    <message>
        <source>Not recorded (English handout)</source>
        <translation>No registrado (folleto en inglés)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Español (México)</translation>
    </message>
    <message>
        <source>Spanish (United States)</source>
        <translation>Español (Estados Unidos)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Español (España)</translation>
    </message>
    <message>
        <source>Chronic kidney disease: NSAID and kidney-dose checks use it; record CrCl or eGFR below too (a figure under 60 counts as kidney disease without this tick)</source>
        <translation>Enfermedad renal crónica: la usan las comprobaciones de AINE y de dosis renal; registre también el ClCr o el FGe abajo (una cifra menor de 60 cuenta como enfermedad renal sin esta marca)</translation>
    </message>
    <message>
        <source>Liver disease: lowers the acetaminophen limit; record the hepatic impairment (Child-Pugh) for the labels&apos; liver limits; a caution with kratom</source>
        <translation>Enfermedad hepática: reduce el límite de paracetamol; registre la insuficiencia hepática (Child-Pugh) para los límites hepáticos de las fichas técnicas; precaución con el kratom</translation>
    </message>
    <message>
        <source>Pregnant now: give the weeks below; the labels&apos; pregnancy facts (NSAIDs by week, opioids) use it</source>
        <translation>Embarazo actual: indique las semanas abajo; lo usan los datos de embarazo de las fichas técnicas (AINE según la semana, opioides)</translation>
    </message>
    <message>
        <source>Breastfeeding now: codeine, tramadol and kratom checks use it</source>
        <translation>Lactancia actual: la usan las comprobaciones de codeína, tramadol y kratom</translation>
    </message>
    <message>
        <source>A past gastrointestinal bleed: NSAID checks use it</source>
        <translation>Hemorragia digestiva previa: la usan las comprobaciones de AINE</translation>
    </message>
    <message>
        <source>A stomach or duodenal ulcer, now or before: NSAID checks use it</source>
        <translation>Úlcera gástrica o duodenal, actual o previa: la usan las comprobaciones de AINE</translation>
    </message>
    <message>
        <source>Heart failure: NSAID checks use it</source>
        <translation>Insuficiencia cardíaca: la usan las comprobaciones de AINE</translation>
    </message>
    <message>
        <source>Heart or blood-vessel disease (angina, heart attack, stroke): NSAID checks use it</source>
        <translation>Enfermedad cardíaca o vascular (angina, infarto, ictus): la usan las comprobaciones de AINE</translation>
    </message>
    <message>
        <source>High blood pressure: NSAID checks use it</source>
        <translation>Presión arterial alta: la usan las comprobaciones de AINE</translation>
    </message>
    <message>
        <source>Sleep apnoea: breathing checks and naloxone advice with opioids</source>
        <translation>Apnea del sueño: comprobaciones respiratorias y consejo sobre naloxona con opioides</translation>
    </message>
    <message>
        <source>Chronic obstructive pulmonary disease: breathing checks with opioids and gabapentinoids</source>
        <translation>Enfermedad pulmonar obstructiva crónica: comprobaciones respiratorias con opioides y gabapentinoides</translation>
    </message>
    <message>
        <source>A substance-use disorder, now or in remission: opioid and kratom checks use it</source>
        <translation>Trastorno por consumo de sustancias, actual o en remisión: lo usan las comprobaciones de opioides y kratom</translation>
    </message>
    <message>
        <source>An opioid-use disorder, now or in remission: opioid and kratom checks use it</source>
        <translation>Trastorno por consumo de opioides, actual o en remisión: lo usan las comprobaciones de opioides y kratom</translation>
    </message>
    <message>
        <source>Epilepsy or another seizure disorder: seizure-threshold and kratom checks use it</source>
        <translation>Epilepsia u otro trastorno convulsivo: lo usan las comprobaciones de umbral convulsivo y de kratom</translation>
    </message>
    <message>
        <source>A heart-rhythm problem: QT and kratom checks use it</source>
        <translation>Trastorno del ritmo cardíaco: lo usan las comprobaciones de QT y de kratom</translation>
    </message>
    <message>
        <source>Depression: naloxone advice with opioids</source>
        <translation>Depresión: consejo sobre naloxona con opioides</translation>
    </message>
    <message>
        <source>An anxiety disorder: naloxone advice with opioids</source>
        <translation>Trastorno de ansiedad: consejo sobre naloxona con opioides</translation>
    </message>
    <message>
        <source>A past overdose of opioids or other drugs: naloxone advice with opioids</source>
        <translation>Sobredosis previa de opioides u otras drogas: consejo sobre naloxona con opioides</translation>
    </message>
    <message>
        <source>QT prolongation on an ECG: checked against medicines that prolong QT</source>
        <translation>Prolongación del QT en un ECG: se comprueba frente a medicamentos que prolongan el QT</translation>
    </message>
    <message>
        <source>Falls in the past year: from 65, the Beers falls criterion uses it</source>
        <translation>Caídas en el último año: desde los 65, lo usa el criterio de caídas de Beers</translation>
    </message>
    <message>
        <source>Kidney checks: no CrCl or eGFR recorded</source>
        <translation>Comprobaciones renales: sin ClCr ni FGe registrados</translation>
    </message>
    <message>
        <source>mL/min</source>
        <translation>mL/min</translation>
    </message>
    <message>
        <source>Kidney checks use {0} {1:g} {2}</source>
        <translation>Las comprobaciones renales usan {0} {1:g} {2}</translation>
    </message>
    <message>
        <source> (no CrCl recorded)</source>
        <translation> (sin ClCr registrado)</translation>
    </message>
    <message>
        <source>, counted as kidney disease</source>
        <translation>, cuenta como enfermedad renal</translation>
    </message>
    <message>
        <source>treated as tolerant</source>
        <translation>se considera tolerante</translation>
    </message>
    <message>
        <source>treated as not tolerant</source>
        <translation>se considera no tolerante</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{0}. Opioid tolerance: {1} ({2}).</source>
        <translation>{0}. Tolerancia a opioides: {1} ({2}).</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>This file is a &lt;b&gt;template&lt;/b&gt;: it holds no patient details, so the patient fields are hidden. To write a plan for a patient, start one from this template (the template file stays as it is).</source>
        <translation>Este archivo es una &lt;b&gt;plantilla&lt;/b&gt;: no contiene datos del paciente, así que los campos del paciente están ocultos. Para hacer un plan para un paciente, empiece uno a partir de esta plantilla (el archivo de la plantilla no cambia).</translation>
    </message>
    <message>
        <source>Start a patient plan from this template</source>
        <translation>Empezar un plan de paciente con esta plantilla</translation>
    </message>
    <message>
        <source>A new, unsaved plan with this template&apos;s modules, goals and follow-up</source>
        <translation>Un plan nuevo, sin guardar, con los módulos, objetivos y seguimiento de esta plantilla</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan &amp;title</source>
        <translation>&amp;Título del plan</translation>
    </message>
    <message>
        <source>plan title</source>
        <translation>título del plan</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clínico</translation>
    </message>
    <message>
        <source>clinician name</source>
        <translation>nombre del clínico</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>clinician credentials</source>
        <translation>credenciales del clínico</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>patient name</source>
        <translation>nombre del paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>Type it or pick it from the calendar; the age is worked out from it</source>
        <translation>Escríbala o elíjala en el calendario; la edad se calcula a partir de ella</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de historia</translation>
    </message>
    <message>
        <source>record number</source>
        <translation>número de historia</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Leave &apos;not set&apos; to work it out from the date of birth</source>
        <translation>Deje «sin indicar» para calcularla a partir de la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Dónde vive</translation>
    </message>
    <message>
        <source>where they live</source>
        <translation>dónde vive</translation>
    </message>
    <message>
        <source>Start typing the country or state and pick it from the list: emergency numbers and legal-status checks use it</source>
        <translation>Empiece a escribir el país o estado y elíjalo de la lista: lo usan los números de emergencia y las comprobaciones de situación legal</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lee en</translation>
    </message>
    <message>
        <source>The language the patient reads: the handout is printed in it (the summary stays in English)</source>
        <translation>El idioma en que lee el paciente: el folleto se imprime en él (el resumen sigue en inglés)</translation>
    </message>
    <message>
        <source>drinks a week</source>
        <translation>bebidas a la semana</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>alcohol use</source>
        <translation>consumo de alcohol</translation>
    </message>
    <message>
        <source>Standard drinks a week; heavy use (over 14 for men, 7 otherwise) lowers the acetaminophen limit and adds to opioid sedation</source>
        <translation>Bebidas estándar a la semana; un consumo elevado (más de 14 en hombres, 7 en los demás) reduce el límite de paracetamol y aumenta la sedación por opioides</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Body weight in kg: the labels&apos; per-kilogram limits (acetaminophen in children and light adults) use it</source>
        <translation>Peso corporal en kg: lo usan los límites por kilo de las fichas técnicas (paracetamol en niños y adultos de poco peso)</translation>
    </message>
    <message>
        <source>Kidney, liver and opioid tolerance</source>
        <translation>Riñón, hígado y tolerancia a opioides</translation>
    </message>
    <message>
        <source>CrCl</source>
        <translation>ClCr</translation>
    </message>
    <message>
        <source>creatinine clearance</source>
        <translation>aclaramiento de creatinina</translation>
    </message>
    <message>
        <source>Creatinine clearance (Cockcroft–Gault), mL/min. Kidney-dose checks use it first, then eGFR</source>
        <translation>Aclaramiento de creatinina (Cockcroft–Gault), mL/min. Las comprobaciones de dosis renal lo usan primero y después el FGe</translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>FGe</translation>
    </message>
    <message>
        <source>Estimated glomerular filtration rate, mL/min/1.73 m²; used when CrCl is not recorded</source>
        <translation>Filtrado glomerular estimado, mL/min/1,73 m²; se usa cuando no hay ClCr registrado</translation>
    </message>
    <message>
        <source>Hepatic impairment</source>
        <translation>Insuficiencia hepática</translation>
    </message>
    <message>
        <source>hepatic impairment</source>
        <translation>insuficiencia hepática</translation>
    </message>
    <message>
        <source>Child-Pugh class of hepatic impairment: the labels&apos; liver limits use it (recording it also counts as liver disease)</source>
        <translation>Clase Child-Pugh de la insuficiencia hepática: la usan los límites hepáticos de las fichas técnicas (registrarla también cuenta como enfermedad hepática)</translation>
    </message>
    <message>
        <source>Opioid tolerant</source>
        <translation>Tolerante a opioides</translation>
    </message>
    <message>
        <source>opioid tolerance</source>
        <translation>tolerancia a opioides</translation>
    </message>
    <message>
        <source>Whether the patient is opioid tolerant. When not known, current opioids at the labels&apos; tolerance level (e.g. oxycodone 30 mg, morphine 60 mg a day) count as tolerant, below it as not tolerant. Long-acting opioids and fentanyl patches are checked against it</source>
        <translation>Si el paciente es tolerante a opioides. Si no se sabe, los opioides actuales al nivel de tolerancia de las fichas técnicas (p. ej., oxicodona 30 mg, morfina 60 mg al día) cuentan como tolerante, y por debajo como no tolerante. Los opioides de acción prolongada y los parches de fentanilo se comprueban con este dato</translation>
    </message>
    <message>
        <source>How the safety checks read these</source>
        <translation>Cómo leen esto las comprobaciones de seguridad</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Weeks pregnant</source>
        <translation>Semanas de embarazo</translation>
    </message>
    <message>
        <source>pregnancy weeks</source>
        <translation>semanas de embarazo</translation>
    </message>
    <message>
        <source>Weeks of pregnancy now; NSAID checks differ from 20 weeks</source>
        <translation>Semanas de embarazo actuales; las comprobaciones de AINE cambian a partir de la semana 20</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Medicines or classes, separated by commas, e.g. codeine, nsaid</source>
        <translation>Medicamentos o clases, separados por comas, p. ej., codeine, nsaid</translation>
    </message>
    <message>
        <source>Catalog medicine names or classes such as nsaid, opioid</source>
        <translation>Nombres de medicamentos del catálogo o clases como nsaid, opioid</translation>
    </message>
    <message>
        <source>Medicines the patient already takes</source>
        <translation>Medicamentos que el paciente ya toma</translation>
    </message>
    <message>
        <source>None recorded. They count in every interaction check.</source>
        <translation>Ninguno registrado. Cuentan en cada comprobación de interacciones.</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Notas del plan</translation>
    </message>
    <message>
        <source>plan notes</source>
        <translation>notas del plan</translation>
    </message>
</context>
<context>
    <name>PhysiotherapyEditor</name>
    <message>
        <source>Physiotherapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>sessions a week</source>
        <translation>sesiones por semana</translation>
    </message>
    <message>
        <source>Supervised physiotherapy sessions</source>
        <translation>Sesiones de fisioterapia supervisadas</translation>
    </message>
    <message>
        <source>Activity pacing</source>
        <translation>Dosificación de la actividad</translation>
    </message>
    <message>
        <source>activity pacing</source>
        <translation>dosificación de la actividad</translation>
    </message>
    <message>
        <source>e.g. break tasks into 20-minute blocks with rests</source>
        <translation>p. ej., dividir las tareas en bloques de 20 minutos con descansos</translation>
    </message>
    <message>
        <source>walking start</source>
        <translation>inicio de la caminata</translation>
    </message>
    <message>
        <source>Walking: start at</source>
        <translation>Caminar: empezar con</translation>
    </message>
    <message>
        <source>walking target</source>
        <translation>meta de la caminata</translation>
    </message>
    <message>
        <source>Walking: build up to</source>
        <translation>Caminar: llegar a</translation>
    </message>
    <message>
        <source>building up to</source>
        <translation>llegar a</translation>
    </message>
    <message>
        <source>Graded walking, start at</source>
        <translation>Caminata progresiva, empezar con</translation>
    </message>
    <message>
        <source>No exercises yet. Pick one from the library below.</source>
        <translation>Aún no hay ejercicios. Elija uno de la biblioteca de abajo.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Add an exercise</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <source>Type to search the exercise library, then press Enter</source>
        <translation>Escriba para buscar en la biblioteca de ejercicios y pulse Intro</translation>
    </message>
    <message>
        <source>Type an exercise to add, e.g. pelvic tilt</source>
        <translation>Escriba un ejercicio para añadirlo, p. ej., basculación pélvica</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
</context>
<context>
    <name>PlaceLookup</name>
    <message>
        <source>More than one place is called {0}: choose {1}.</source>
        <translation>Hay más de un lugar llamado {0}: elija {1}.</translation>
    </message>
    <message>
        <source>Choose a place from the list (start typing its name), or type its code, e.g. US-TX or GB.</source>
        <translation>Elija un lugar de la lista (empiece a escribir su nombre), o escriba su código, p. ej., US-TX o GB.</translation>
    </message>
    <message>
        <source>{0} is not a country or state code Careplan knows; choose a place from the list.</source>
        <translation>{0} no es un código de país o estado que Careplan conozca; elija un lugar de la lista.</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
</context>
<context>
    <name>PlanStatusBar</name>
    <message>
        <source>Morphine milligram equivalents a day</source>
        <translation>Equivalentes de morfina en miligramos al día</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>MME {0:g}/day</source>
        <translation>MME {0:g}/día</translation>
    </message>
    <message>
        <source>MME at least {0:g}/day ⚠</source>
        <translation>MME al menos {0:g}/día ⚠</translation>
    </message>
    <message>
        <source>Not every opioid&apos;s amount a day could be worked out (see Findings), so the real total may be higher. {0}</source>
        <translation>No se pudo calcular la cantidad diaria de todos los opioides (vea Hallazgos), así que el total real puede ser mayor. {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved {0:%H:%M}</source>
        <translation>Guardado {0:%H:%M}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>No changes since opening</source>
        <translation>Sin cambios desde que se abrió</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Clinic letterhead (printed at the top of every handout)</source>
        <translation>Membrete de la clínica (se imprime arriba en cada folleto)</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <source>e.g. Riverside Pain Clinic</source>
        <translation>p. ej., Clínica del Dolor Riverside</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Optional PNG or JPEG</source>
        <translation>PNG o JPEG opcional</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Recorded with acknowledgements</source>
        <translation>Se registra con los reconocimientos</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>e.g. MD, FRCP</source>
        <translation>p. ej., MD, FRCP</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número de colegiado</translation>
    </message>
    <message>
        <source>Printed with your name on the clinician summary&apos;s signature block</source>
        <translation>Se imprime con su nombre en el bloque de firma del resumen clínico</translation>
    </message>
    <message>
        <source>New plans and printing</source>
        <translation>Planes nuevos e impresión</translation>
    </message>
    <message>
        <source>Default jurisdiction</source>
        <translation>Jurisdicción por defecto</translation>
    </message>
    <message>
        <source>Filled in for every new plan; start typing a country or state and pick it</source>
        <translation>Se rellena en cada plan nuevo; empiece a escribir un país o estado y elíjalo</translation>
    </message>
    <message>
        <source>Patients usually live in</source>
        <translation>Los pacientes suelen vivir en</translation>
    </message>
    <message>
        <source>Print handouts in large print by default</source>
        <translation>Imprimir los folletos en letra grande por defecto</translation>
    </message>
    <message>
        <source>Template folders</source>
        <translation>Carpetas de plantillas</translation>
    </message>
    <message>
        <source>Your templates folder</source>
        <translation>Carpeta de sus plantillas</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Sus plantillas</translation>
    </message>
    <message>
        <source>Shared clinic templates folder</source>
        <translation>Carpeta de plantillas compartidas de la clínica</translation>
    </message>
    <message>
        <source>Optional, e.g. a network folder</source>
        <translation>Opcional, p. ej., una carpeta de red</translation>
    </message>
    <message>
        <source>Shared clinic templates</source>
        <translation>Plantillas compartidas</translation>
    </message>
    <message>
        <source>Optional modules</source>
        <translation>Módulos opcionales</translation>
    </message>
    <message>
        <source>Enable the kratom counselling module</source>
        <translation>Activar el módulo de consejo sobre kratom</translation>
    </message>
    <message>
        <source>Enable the kratom module</source>
        <translation>Activar el módulo de kratom</translation>
    </message>
    <message>
        <source>Off by default. Turning it on shows the cautions to accept; each plan that adds it records them again.</source>
        <translation>Desactivado por defecto. Al activarlo se muestran las precauciones que aceptar; cada plan que lo añade las vuelve a registrar.</translation>
    </message>
</context>
<context>
    <name>PreferencesStore</name>
    <message>
        <source>Your saved preferences ({0}) could not be used: {1}.</source>
        <translation>No se pudieron usar sus preferencias guardadas ({0}): {1}.</translation>
    </message>
    <message>
        <source>The file could not be set aside ({0}); Careplan uses its default settings for now and will write new ones over it when you change Preferences.</source>
        <translation>El archivo no se pudo apartar ({0}); por ahora Careplan usa su configuración predeterminada y escribirá la nueva encima cuando cambie las Preferencias.</translation>
    </message>
    <message>
        <source>The file is kept as {0} in the same folder. Careplan uses its default settings (letterhead, clinician, template folders, clinic store) until you set them again in File ▸ Preferences.</source>
        <translation>El archivo se conserva como {0} en la misma carpeta. Careplan usa su configuración predeterminada (membrete, profesional, carpetas de plantillas, almacén de la clínica) hasta que la vuelva a definir en Archivo ▸ Preferencias.</translation>
    </message>
    <message>
        <source>Your preferences could not be saved in {0}: {1}.</source>
        <translation>Sus preferencias no se pudieron guardar en {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>The handout preview appears here as it will print.</source>
        <translation>Aquí aparece la vista previa del folleto tal como se imprimirá.</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Alejar (Ctrl+menos)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page to the pane&apos;s width</source>
        <translation>Ajustar la página al ancho del panel</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Acercar (Ctrl+más)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>fit width</source>
        <translation>ajustar al ancho</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Vista previa del folleto</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {0}</source>
        <translation>No se pudo dibujar la vista previa: {0}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print handout</source>
        <translation>Imprimir folleto</translation>
    </message>
    <message>
        <source>A PDF file holds the whole handout, as exported.</source>
        <translation>Un archivo PDF contiene el folleto completo, tal como se exporta.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>¿Guardar los cambios en «{0}»?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes since the last save will be lost.</source>
        <translation>Si no guarda, se perderán los cambios desde la última vez que guardó.</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>No está en el catálogo</translation>
    </message>
    <message>
        <source>“{0}” is not in the catalog.</source>
        <translation>«{0}» no está en el catálogo.</translation>
    </message>
    <message>
        <source>The safety checks cannot count or check it (no MME, interactions or dose limits).</source>
        <translation>Las comprobaciones de seguridad no pueden contarlo ni comprobarlo (sin MME, interacciones ni límites de dosis).</translation>
    </message>
    <message>
        <source>The handout will have no instructions or picture for it.</source>
        <translation>El folleto no tendrá instrucciones ni imagen para él.</translation>
    </message>
    <message>
        <source>{0} Add it anyway, or go back and pick one from the list?</source>
        <translation>{0} ¿Añadirlo de todos modos, o volver y elegir uno de la lista?</translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation>Añadir «{0}»</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
</context>
<context>
    <name>RecentDue</name>
    <message>
        <source>PDMP check</source>
        <translation>Consulta PDMP</translation>
    </message>
    <message>
        <source>Drug test</source>
        <translation>Análisis de drogas</translation>
    </message>
    <message>
        <source>Naloxone offer</source>
        <translation>Oferta de naloxona</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Bowel regimen</source>
        <translation>Pauta para el estreñimiento</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>nada pendiente</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>overdue since {0}</source>
        <translation>vencido desde {0}</translation>
    </message>
    <message>
        <source>{0} due {1}</source>
        <translation>{0} el {1}</translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message>
        <source>Could not restore</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <source>The recovery copy is damaged and cannot be restored.</source>
        <translation>La copia de recuperación está dañada y no se puede restaurar.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>(copy damaged: cannot be restored)</source>
        <translation>(copia dañada: no se puede restaurar)</translation>
    </message>
    <message>
        <source>(a template)</source>
        <translation>(una plantilla)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nunca guardado</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Careplan closed before these plans were saved. Restore one to carry on where you left off.</source>
        <translation>Careplan se cerró antes de guardar estos planes. Restaure uno para seguir donde lo dejó.</translation>
    </message>
    <message>
        <source>Unsaved plans</source>
        <translation>Planes sin guardar</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>{0} – {1} – last change {2} – {3}</source>
        <translation>{0} – {1} – último cambio {2} – {3}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>1 – Primary care</source>
        <translation>1 – Atención primaria</translation>
    </message>
    <message>
        <source>2 – Specialist</source>
        <translation>2 – Especializada</translation>
    </message>
    <message>
        <source>3 – Interdisciplinary</source>
        <translation>3 – Interdisciplinar</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>The template keeps the plan&apos;s modules, goals and follow-up. The patient&apos;s details, dates and acknowledgements are removed.</source>
        <translation>La plantilla conserva los módulos, objetivos y seguimiento del plan. Se eliminan los datos del paciente, las fechas y los reconocimientos.</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Título de la plantilla</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Who it suits, in one sentence</source>
        <translation>A quién se ajusta, en una frase</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>e.g. back pain, primary care</source>
        <translation>p. ej., dolor de espalda, atención primaria</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel asistencial</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off the plan</source>
        <translation>Firmar el plan</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message numerus="yes">
        <source>%n critical finding(s), all acknowledged</source>
        <translation>
            <numerusform>%n hallazgo crítico, reconocido</numerusform>
            <numerusform>%n hallazgos críticos, todos reconocidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) recorded</source>
        <translation>
            <numerusform>%n reconocimiento registrado</numerusform>
            <numerusform>%n reconocimientos registrados</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt;, revision {1}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt;, revisión {1}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MME {0:.0f}/day.</source>
        <translation>MME {0:.0f}/día.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once signed, this revision is read-only. To change it later, start a new revision: this one stays as it was signed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una vez firmada, esta revisión es de solo lectura. Para cambiarla más adelante, inicie una revisión nueva: esta queda tal como se firmó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed by (name)</source>
        <translation>Firmado por (nombre)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>e.g. MD, DO, NP, FRCA</source>
        <translation>p. ej., MD, DO, NP, FRCA</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Credenciales:</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Firmar</translation>
    </message>
</context>
<context>
    <name>SignedBanner</name>
    <message>
        <source>Revise…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>Start revision n+1 as a draft in a new file; this revision stays as signed</source>
        <translation>Iniciar la revisión n+1 como borrador en un archivo nuevo; esta revisión queda tal como se firmó</translation>
    </message>
</context>
<context>
    <name>StartController</name>
    <message>
        <source>{0}: the next monitoring task due for this plan&apos;s medicines, or what is overdue</source>
        <translation>{0}: la próxima tarea de seguimiento pendiente para los medicamentos de este plan, o lo que está vencido</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>
&lt;p&gt;&lt;b&gt;Build a plan from modules.&lt;/b&gt; The plan outline on the left lists the patient, pain, goals,
the modules and the flare plan. Add modules (medication, physiotherapy, CBT, mindfulness,
lifestyle) from &lt;i&gt;Add a module&lt;/i&gt; below the outline: double-click, press Enter or drag.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Findings check the plan as you type.&lt;/b&gt; The Findings panel on the right lists interactions,
dose limits, the MME total and missing parts. A critical finding must be acknowledged with a
reason (and your name) before the handout can be exported or printed.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Kratom counselling is off by default.&lt;/b&gt; Turn it on in &lt;a href=&quot;preferences&quot;&gt;Preferences&lt;/a&gt;
(Optional modules) after reading its cautions; each plan that adds it asks again.&lt;/p&gt;
&lt;p&gt;Press &lt;b&gt;F1&lt;/b&gt; at any time for the &lt;a href=&quot;help&quot;&gt;user guide&lt;/a&gt;.&lt;/p&gt;
</source>
        <translation>
&lt;p&gt;&lt;b&gt;Construya un plan con módulos.&lt;/b&gt; El esquema del plan, a la izquierda, muestra el paciente, el dolor, los objetivos,
los módulos y el plan para crisis. Añada módulos (medicación, fisioterapia, TCC, mindfulness,
estilo de vida) desde &lt;i&gt;Añadir un módulo&lt;/i&gt;, bajo el esquema: doble clic, Intro o arrastrar.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Los hallazgos revisan el plan mientras escribe.&lt;/b&gt; El panel Hallazgos, a la derecha, muestra interacciones,
límites de dosis, el total de MME y las partes que faltan. Un hallazgo crítico debe reconocerse con un
motivo (y su nombre) antes de poder exportar o imprimir el folleto.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;El consejo sobre kratom está desactivado por defecto.&lt;/b&gt; Actívelo en &lt;a href=&quot;preferences&quot;&gt;Preferencias&lt;/a&gt;
(Módulos opcionales) tras leer sus precauciones; cada plan que lo añade vuelve a pedirlas.&lt;/p&gt;
&lt;p&gt;Pulse &lt;b&gt;F1&lt;/b&gt; en cualquier momento para abrir la &lt;a href=&quot;help&quot;&gt;guía del usuario&lt;/a&gt;.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Start&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Inicio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>New blank plan</source>
        <translation>Nuevo plan en blanco</translation>
    </message>
    <message>
        <source>An empty plan for a patient: add the modules yourself</source>
        <translation>Un plan vacío para un paciente: añada usted los módulos</translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation>Abrir un plan…</translation>
    </message>
    <message>
        <source>Open a saved plan (*.careplan.json)</source>
        <translation>Abrir un plan guardado (*.careplan.json)</translation>
    </message>
    <message>
        <source>Back to the open plan</source>
        <translation>Volver al plan abierto</translation>
    </message>
    <message>
        <source>Return to the plan you were working on</source>
        <translation>Volver al plan en el que estaba trabajando</translation>
    </message>
    <message>
        <source>Create plan from template</source>
        <translation>Crear plan con la plantilla</translation>
    </message>
    <message>
        <source>A new, unsaved plan from the template selected below: its modules, goals and follow-up</source>
        <translation>Un plan nuevo, sin guardar, con la plantilla seleccionada abajo: sus módulos, objetivos y seguimiento</translation>
    </message>
    <message>
        <source>Unsaved work recovered after Careplan closed</source>
        <translation>Trabajo sin guardar recuperado tras cerrarse Careplan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Recovered plans</source>
        <translation>Planes recuperados</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Open the selected copy as unsaved work, then save it</source>
        <translation>Abrir la copia seleccionada como trabajo sin guardar y luego guardarla</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Delete the selected recovery copy (the saved file, if any, is not touched)</source>
        <translation>Eliminar la copia de recuperación seleccionada (el archivo guardado, si existe, no se toca)</translation>
    </message>
    <message>
        <source>New plan from a template</source>
        <translation>Nuevo plan a partir de una plantilla</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Planes recientes</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Archivo del plan</translation>
    </message>
    <message>
        <source>Monitoring due</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Último guardado</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Doble clic para abrir</translation>
    </message>
    <message>
        <source>No plans opened yet.</source>
        <translation>Aún no se ha abierto ningún plan.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected plan</source>
        <translation>Abrir el plan seleccionado</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
</context>
<context>
    <name>StoreJob</name>
    <message>
        <source>the clinic store could not be used: {0}: {1}</source>
        <translation>no se pudo usar el almacén de la clínica: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Clinic store (optional: shared templates and signed versions on a clinic server)</source>
        <translation>Almacén de la clínica (opcional: plantillas compartidas y versiones firmadas en un servidor de la clínica)</translation>
    </message>
    <message>
        <source>Clinic store URL</source>
        <translation>URL del almacén de la clínica</translation>
    </message>
    <message>
        <source>Empty: plan files only. sqlite:///PATH for one computer. The password comes from PGPASSWORD or a pgpass file, never from here.</source>
        <translation>Vacío: solo archivos de plan. sqlite:///RUTA para un solo equipo. La contraseña viene de PGPASSWORD o de un archivo pgpass, nunca de aquí.</translation>
    </message>
    <message>
        <source>Clinic id in the store</source>
        <translation>Identificador de la clínica en el almacén</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Test the clinic store connection</source>
        <translation>Probar la conexión con el almacén de la clínica</translation>
    </message>
    <message>
        <source>Plan files stay the record on this computer; the store gets a copy of each signed plan.</source>
        <translation>Los archivos de plan siguen siendo el registro en este equipo; el almacén recibe una copia de cada plan firmado.</translation>
    </message>
    <message>
        <source>Store &amp;URL</source>
        <translation>&amp;URL del almacén</translation>
    </message>
    <message>
        <source>Clinic id</source>
        <translation>Id. de la clínica</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: Careplan never stores it. Set PGPASSWORD or use a pgpass file (see docs/clinic-store.md).</source>
        <translation>No ponga la contraseña en la URL: Careplan nunca la guarda. Defina PGPASSWORD o use un archivo pgpass (vea docs/clinic-store.md).</translation>
    </message>
    <message>
        <source>Enter the store&apos;s URL first.</source>
        <translation>Escriba primero la URL del almacén.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
</context>
<context>
    <name>StoreSigning</name>
    <message>
        <source>Signed off revision {0}, saved in {1}; sending it to the clinic store…</source>
        <translation>Revisión {0} firmada, guardada en {1}; enviándola al almacén de la clínica…</translation>
    </message>
    <message>
        <source>Signed off revision {0}, saved in {1}; {2}</source>
        <translation>Revisión {0} firmada, guardada en {1}; {2}</translation>
    </message>
    <message>
        <source>Signed off revision {0}, saved in {1}; NOT in the clinic store (it waits on this computer)</source>
        <translation>Revisión {0} firmada, guardada en {1}; NO está en el almacén de la clínica (espera en este equipo)</translation>
    </message>
    <message>
        <source>Signed version not in the clinic store</source>
        <translation>Versión firmada no enviada al almacén de la clínica</translation>
    </message>
    <message>
        <source>Revision {0} is signed and saved in {1}, but the clinic store did not get it.</source>
        <translation>La revisión {0} está firmada y guardada en {1}, pero el almacén de la clínica no la recibió.</translation>
    </message>
</context>
<context>
    <name>StoreTemplatesPanel</name>
    <message>
        <source>&lt;b&gt;Clinic store&lt;/b&gt;</source>
        <translation>&lt;b&gt;Almacén de la clínica&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading the clinic&apos;s templates…</source>
        <translation>Cargando las plantillas de la clínica…</translation>
    </message>
    <message>
        <source>Clinic store templates</source>
        <translation>Plantillas del almacén de la clínica</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Pull into my templates</source>
        <translation>Traer a mis plantillas</translation>
    </message>
    <message>
        <source>Copy the newest version of this template into your own library (undoable)</source>
        <translation>Copiar la versión más reciente de esta plantilla en su biblioteca (se puede deshacer)</translation>
    </message>
    <message>
        <source>{0}  ·  version {1}, {2}</source>
        <translation>{0}  ·  versión {1}, {2}</translation>
    </message>
    <message>
        <source>{0}, pushed {1}</source>
        <translation>{0}, enviada {1}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; &lt;i&gt;(clinic store, version {1})&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Shared in clinic {2} by {3} on {4}.&lt;/p&gt;&lt;p&gt;Choose “Pull into my templates” to copy it into your own library; then you can preview it and make plans from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; &lt;i&gt;(almacén de la clínica, versión {1})&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Compartida en la clínica {2} por {3} el {4}.&lt;/p&gt;&lt;p&gt;Elija «Traer a mis plantillas» para copiarla en su propia biblioteca; después podrá ver su vista previa y crear planes con ella.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) shared in clinic {0}.</source>
        <translation>
            <numerusform>%n plantilla compartida en la clínica {0}.</numerusform>
            <numerusform>%n plantillas compartidas en la clínica {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No templates shared in clinic {0} yet.</source>
        <translation>Aún no hay plantillas compartidas en la clínica {0}.</translation>
    </message>
    <message>
        <source>⚠ {0}{1}. Your own and built-in templates are unaffected.</source>
        <translation>⚠ {0}{1}. Sus plantillas y las incorporadas no se ven afectadas.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>pendiente hoy</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>naloxone in the plan</source>
        <translation>naloxona en el plan</translation>
    </message>
</context>
<context>
    <name>TaperButton</name>
    <message>
        <source>taper: cannot be worked out</source>
        <translation>reducción: no se puede calcular</translation>
    </message>
    <message>
        <source>, stop on {0}</source>
        <translation>, suspender el {0}</translation>
    </message>
    <message numerus="yes">
        <source>taper: %n step(s)</source>
        <translation>
            <numerusform>reducción: %n paso</numerusform>
            <numerusform>reducción: %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Taper…</source>
        <translation>Reducción…</translation>
    </message>
    <message>
        <source>Taper this medicine</source>
        <translation>Reducir este medicamento</translation>
    </message>
    <message>
        <source>Plan how this medicine is lowered: dated steps with their MME, or a rate</source>
        <translation>Planificar cómo se reduce este medicamento: pasos con fecha y su MME, o un ritmo</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>Taper… ✓</source>
        <translation>Reducción… ✓</translation>
    </message>
</context>
<context>
    <name>TaperChecks</name>
    <message>
        <source>Pace: within the sourced guidance (TAPER-RATE finds nothing).</source>
        <translation>Ritmo: dentro de las recomendaciones con fuente (TAPER-RATE no encuentra nada).</translation>
    </message>
</context>
<context>
    <name>TaperDialog</name>
    <message>
        <source>Not recorded (the slower rate applies)</source>
        <translation>No registrado (se aplica el ritmo más lento)</translation>
    </message>
    <message>
        <source>Less than a year</source>
        <translation>Menos de un año</translation>
    </message>
    <message>
        <source>A year or longer</source>
        <translation>Un año o más</translation>
    </message>
    <message>
        <source>Taper: {0}</source>
        <translation>Reducción: {0}</translation>
    </message>
    <message>
        <source>Taper steps</source>
        <translation>Pasos de la reducción</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Paso seleccionado</translation>
    </message>
    <message>
        <source>Step starts</source>
        <translation>Inicio del paso</translation>
    </message>
    <message>
        <source>The first day of this step</source>
        <translation>El primer día de este paso</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Tipo de paso</translation>
    </message>
    <message>
        <source>Doses at the times of day; a pause keeps the dose before; a stop ends the medicine</source>
        <translation>Dosis a las horas del día; una pausa mantiene la dosis anterior; suspender termina el medicamento</translation>
    </message>
    <message>
        <source>{0} dose</source>
        <translation>dosis de {0}</translation>
    </message>
    <message>
        <source>The {0} dose of this step (0 for none)</source>
        <translation>La dosis de {0} de este paso (0 si ninguna)</translation>
    </message>
    <message>
        <source>Step note</source>
        <translation>Nota del paso</translation>
    </message>
    <message>
        <source>Printed under the patient&apos;s calendar and in the summary</source>
        <translation>Se imprime bajo el calendario del paciente y en el resumen</translation>
    </message>
    <message>
        <source>Note for this step (printed under the calendar)</source>
        <translation>Nota de este paso (se imprime bajo el calendario)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply changes to this step</source>
        <translation>Aplicar los cambios a este paso</translation>
    </message>
    <message>
        <source>One undo step</source>
        <translation>Un solo paso de deshacer</translation>
    </message>
    <message>
        <source>Work out steps from a rate</source>
        <translation>Calcular los pasos a partir de un ritmo</translation>
    </message>
    <message>
        <source>Rate taper starts</source>
        <translation>Inicio de la reducción por ritmo</translation>
    </message>
    <message>
        <source>The first reduction&apos;s day</source>
        <translation>El día de la primera reducción</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>How much less each period</source>
        <translation>Cuánto menos en cada periodo</translation>
    </message>
    <message>
        <source>a month (4 weeks)</source>
        <translation>un mes (4 semanas)</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>una semana</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>of the starting dose</source>
        <translation>de la dosis inicial</translation>
    </message>
    <message>
        <source>of the dose before</source>
        <translation>de la dosis anterior</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Opioid guidance counts percent of the starting dose; benzodiazepine guidance of the dose before</source>
        <translation>Las recomendaciones para opioides cuentan el porcentaje de la dosis inicial; las de benzodiacepinas, de la dosis anterior</translation>
    </message>
    <message>
        <source>Pause after step</source>
        <translation>Pausa tras el paso</translation>
    </message>
    <message>
        <source>Add a pause after this reduction (0 for none)</source>
        <translation>Añadir una pausa tras esta reducción (0 si ninguna)</translation>
    </message>
    <message>
        <source>Pause weeks</source>
        <translation>Semanas de pausa</translation>
    </message>
    <message>
        <source>How many weeks the pause lasts</source>
        <translation>Cuántas semanas dura la pausa</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Work out steps</source>
        <translation>Calcular pasos</translation>
    </message>
    <message>
        <source>Work out steps from the rate</source>
        <translation>Calcular los pasos a partir del ritmo</translation>
    </message>
    <message>
        <source>Replaces the steps with dated ones rounded to the strengths in the catalog (one undo step)</source>
        <translation>Sustituye los pasos por otros con fecha, redondeados a las concentraciones del catálogo (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>pause after</source>
        <translation>pausa tras</translation>
    </message>
    <message>
        <source>Length of use</source>
        <translation>Tiempo de uso</translation>
    </message>
    <message>
        <source>Whether the patient has taken it for a year or longer: the guidance rate depends on it</source>
        <translation>Si el paciente lo ha tomado durante un año o más: el ritmo recomendado depende de ello</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <source>Four weeks after the last, same doses (one undo step)</source>
        <translation>Cuatro semanas después del último, mismas dosis (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Quitar el paso seleccionado</translation>
    </message>
    <message>
        <source>Undo brings it back</source>
        <translation>Deshacer la recupera</translation>
    </message>
    <message>
        <source>Remove taper</source>
        <translation>Quitar reducción</translation>
    </message>
    <message>
        <source>Remove the whole taper</source>
        <translation>Quitar toda la reducción</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change to the plan</source>
        <translation>Deshacer el último cambio en el plan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Used for:</source>
        <translation>Se usa para:</translation>
    </message>
    <message>
        <source>No taper yet. Add a step, or work out the steps from a rate. The dose now: {0:g} {1}.</source>
        <translation>Aún no hay reducción. Añada un paso, o calcule los pasos a partir de un ritmo. La dosis actual: {0:g} {1}.</translation>
    </message>
    <message>
        <source>MME/day</source>
        <translation>MME/día</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} al día</translation>
    </message>
    <message>
        <source>{0} by date</source>
        <translation>{0} por fecha</translation>
    </message>
    <message>
        <source>{0} taper ({1})</source>
        <translation>Reducción de {0} ({1})</translation>
    </message>
    <message>
        <source>add step</source>
        <translation>añadir paso</translation>
    </message>
    <message>
        <source>remove step</source>
        <translation>quitar paso</translation>
    </message>
    <message>
        <source>length of use</source>
        <translation>tiempo de uso</translation>
    </message>
    <message>
        <source>⚠ Steps not worked out: {0}</source>
        <translation>⚠ Pasos sin calcular: {0}</translation>
    </message>
    <message>
        <source>steps from a rate</source>
        <translation>pasos a partir de un ritmo</translation>
    </message>
</context>
<context>
    <name>TaperModel</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>MME/day</source>
        <translation>MME/día</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>suspender</translation>
    </message>
    <message>
        <source> every {0} h</source>
        <translation> cada {0} h</translation>
    </message>
    <message>
        <source>pause: {0}</source>
        <translation>pausa: {0}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <source>lifestyle area</source>
        <translation>área del estilo de vida</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>lifestyle target</source>
        <translation>meta de estilo de vida</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this target</source>
        <translation>Quitar esta meta</translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <source>Primary care</source>
        <translation>Atención primaria</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especializada</translation>
    </message>
    <message>
        <source>Interdisciplinary</source>
        <translation>Interdisciplinar</translation>
    </message>
    <message>
        <source>Built into Careplan</source>
        <translation>Incluida en Careplan</translation>
    </message>
    <message>
        <source>your templates folder “{0}”</source>
        <translation>su carpeta de plantillas «{0}»</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Level of care:&lt;/b&gt; {0} &amp;nbsp; &lt;b&gt;From:&lt;/b&gt; {1}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nivel asistencial:&lt;/b&gt; {0} &amp;nbsp; &lt;b&gt;Origen:&lt;/b&gt; {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tags:&lt;/b&gt; {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Etiquetas:&lt;/b&gt; {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Modules&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Módulos&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Goals&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Objetivos&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; every %n week(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Seguimiento:&lt;/b&gt; cada %n semana&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Seguimiento:&lt;/b&gt; cada %n semanas&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by condition, title or tag, e.g. knee, neuropathic</source>
        <translation>Buscar por afección, título o etiqueta, p. ej., rodilla, neuropático</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <source>Type words from a template&apos;s title, description or tags</source>
        <translation>Escriba palabras del título, la descripción o las etiquetas de una plantilla</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Double-click or press Enter to start a plan from the selected template</source>
        <translation>Doble clic o Intro para empezar un plan con la plantilla seleccionada</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation>Plan en blanco</translation>
    </message>
    <message>
        <source>{0} (yours)</source>
        <translation>{0} (suya)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Blank plan&lt;/h3&gt;&lt;p&gt;Start with an empty plan and add modules yourself.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plan en blanco&lt;/h3&gt;&lt;p&gt;Empiece con un plan vacío y añada usted los módulos.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryDialog</name>
    <message>
        <source>built-in</source>
        <translation>incorporada</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>suya</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>clínica</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>Biblioteca de plantillas</translation>
    </message>
    <message>
        <source>Search title, tag or content (e.g. knee, duloxetine)</source>
        <translation>Buscar título, etiqueta o contenido (p. ej., rodilla, duloxetina)</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Preview handout</source>
        <translation>Ver folleto</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Usar plantilla</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation>Deshacer {0}</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translation>Rehacer {0}</translation>
    </message>
    <message>
        <source> · found in {0}</source>
        <translation> · encontrado en {0}</translation>
    </message>
    <message>
        <source>{0}
    {1} · tier {2}{3}</source>
        <translation>{0}
    {1} · nivel {2}{3}</translation>
    </message>
    <message>
        <source>Built-in templates are read-only: duplicate one to change it</source>
        <translation>Las plantillas incorporadas son de solo lectura: duplique una para cambiarla</translation>
    </message>
    <message>
        <source>&lt;p&gt;No template matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ninguna plantilla coincide.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose “Preview handout” to see this template&apos;s handout.</source>
        <translation>Elija «Ver folleto» para ver el folleto de esta plantilla.</translation>
    </message>
    <message>
        <source>no modules</source>
        <translation>sin módulos</translation>
    </message>
    <message>
        <source>tier {0} · version {1} · updated {2} · by {3}</source>
        <translation>nivel {0} · versión {1} · actualizada {2} · por {3}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; &lt;i&gt;({1}{2})&lt;/i&gt;&lt;/p&gt;&lt;p&gt;{3}&lt;/p&gt;&lt;p&gt;{4}&lt;br&gt;Tags: {5}&lt;br&gt;Parts: {6}; {7}; follow-up {8}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; &lt;i&gt;({1}{2})&lt;/i&gt;&lt;/p&gt;&lt;p&gt;{3}&lt;/p&gt;&lt;p&gt;{4}&lt;br&gt;Etiquetas: {5}&lt;br&gt;Partes: {6}; {7}; seguimiento {8}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, solo lectura</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>cada %n semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Preparando el folleto para el paciente…</translation>
    </message>
    <message>
        <source>This template&apos;s handout could not be made: {0}</source>
        <translation>No se pudo crear el folleto de esta plantilla: {0}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translation>No se duplicó</translation>
    </message>
    <message>
        <source>Your library is unchanged.</source>
        <translation>Su biblioteca no ha cambiado.</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Renombrar plantilla</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Título nuevo:</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>No se renombró</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importar una plantilla</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>The file was not added to your library.</source>
        <translation>El archivo no se añadió a su biblioteca.</translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation>Plantilla importada</translation>
    </message>
    <message>
        <source>Not pulled</source>
        <translation>No se trajo</translation>
    </message>
    <message>
        <source>Your library was not changed.</source>
        <translation>Su biblioteca no cambió.</translation>
    </message>
    <message>
        <source>Template pulled</source>
        <translation>Plantilla traída</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exportar la plantilla</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Template exported</source>
        <translation>Plantilla exportada</translation>
    </message>
    <message>
        <source>“{0}” was written to {1}.</source>
        <translation>«{0}» se escribió en {1}.</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>New plan from a template</source>
        <translation>Nuevo plan a partir de una plantilla</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Crear plan</translation>
    </message>
    <message>
        <source>Some template files could not be read: </source>
        <translation>No se pudieron leer algunos archivos de plantilla: </translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Aún no hay valores</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Findings and preview</source>
        <translation>Hallazgos y vista previa</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Plan &amp;outline</source>
        <translation>&amp;Esquema del plan</translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Preferencias no guardadas</translation>
    </message>
    <message>
        <source>They apply until you close Careplan. Check that the folder exists and can be written to, then set them again.</source>
        <translation>Se aplican hasta que cierre Careplan. Compruebe que la carpeta existe y se puede escribir en ella, y vuelva a definirlas.</translation>
    </message>
    <message>
        <source>Kratom counselling: turn on in Preferences…</source>
        <translation>Consejo sobre kratom: actívelo en Preferencias…</translation>
    </message>
    <message>
        <source>Optional and off by default; its cautions must be accepted to turn it on</source>
        <translation>Opcional y desactivado por defecto; sus precauciones deben aceptarse para activarlo</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>No hay planes recientes</translation>
    </message>
    <message>
        <source>{0}[*] – Careplan</source>
        <translation>{0}[*] – Careplan</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Hallazgos ({0})</translation>
    </message>
    <message>
        <source>About Careplan</source>
        <translation>Acerca de Careplan</translation>
    </message>
    <message>
        <source>Careplan {0}</source>
        <translation>Careplan {0}</translation>
    </message>
    <message>
        <source>Builds chronic-pain care plans, checks them for safety problems, and prints handouts.</source>
        <translation>Crea planes de cuidados para el dolor crónico, comprueba si tienen problemas de seguridad e imprime folletos.</translation>
    </message>
    <message>
        <source>The kratom module is turned off. Turn it on in Preferences first.</source>
        <translation>El módulo de kratom está desactivado. Actívelo primero en Preferencias.</translation>
    </message>
    <message>
        <source>Preferences not used</source>
        <translation>Preferencias no usadas</translation>
    </message>
</context>
</TS>
