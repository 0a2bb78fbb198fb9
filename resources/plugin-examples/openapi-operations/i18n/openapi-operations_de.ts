<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>OpenApiOperations</name>
    <message>
        <source>The entity has no definition.</source>
        <translation>Die Entität hat keine Definition.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The definition is not an object.</source>
        <translation>Die Definition ist kein Objekt.</translation>
    </message>
    <message>
        <source>Not an OpenAPI definition: it has no &quot;openapi&quot; or &quot;swagger&quot; field.</source>
        <translation>Keine OpenAPI-Definition: Das Feld „openapi“ oder „swagger“ fehlt.</translation>
    </message>
    <message>
        <source>line %1: &quot;paths&quot; is not an object.</source>
        <translation>Zeile %1: „paths“ ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>OperationsCard</name>
    <message>
        <source>This API&apos;s definition is of type &quot;%1&quot;; the card reads OpenAPI definitions.</source>
        <comment>@info</comment>
        <translation>Die Definition dieser API hat den Typ „%1“; die Karte liest OpenAPI-Definitionen.</translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation>1 Operation</translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation>%1 Operationen</translation>
    </message>
</context>
<context>
    <name>portolan-plugin</name>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
</context>
</TS>
