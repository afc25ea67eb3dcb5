<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ExportController</name>
    <message>
        <source>Could not make the handout</source>
        <translation>No se pudo hacer la hoja para el paciente</translation>
    </message>
    <message>
        <source>The handout would mix two languages, so nothing was written.</source>
        <translation>La hoja mezclaría dos idiomas, así que no se escribió nada.</translation>
    </message>
    <message>
        <source>Handout wording not reviewed</source>
        <translation>Texto de la hoja sin revisar</translation>
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
</TS>
