<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiDefinitionTab</name>
    <message>
        <source>%1 definition</source>
        <comment>@info</comment>
        <translation>%1-Definition</translation>
    </message>
    <message>
        <source>This API has no definition.</source>
        <comment>@info</comment>
        <translation>Diese API hat keine Definition.</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Enter a path.</source>
        <comment>@info</comment>
        <translation>Geben Sie einen Pfad ein.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <comment>@info</comment>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file: pick the app-config.yaml itself.</source>
        <comment>@info</comment>
        <translation>%1 ist keine Datei: Wählen Sie die app-config.yaml selbst.</translation>
    </message>
    <message>
        <source>%1 is not a folder: pick the repository&apos;s folder.</source>
        <comment>@info</comment>
        <translation>%1 ist kein Ordner: Wählen Sie den Ordner des Repositorys.</translation>
    </message>
    <message>
        <source>%1 is already configured.</source>
        <comment>@info</comment>
        <translation>%1 ist bereits eingerichtet.</translation>
    </message>
</context>
<context>
    <name>CatalogBackend</name>
    <message>
        <source>Importing %1…</source>
        <comment>@info:status</comment>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entities</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%1: %n Entität</numerusform>
            <numerusform>%1: %n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: import failed: %2</source>
        <comment>@info:status</comment>
        <translation>%1: Import fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Catalog</source>
        <comment>@title:page</comment>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search names, descriptions, tags, owners… (Ctrl+F)</source>
        <comment>@info:placeholder</comment>
        <translation>Namen, Beschreibungen, Tags, Besitzer durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <comment>@info accessible</comment>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>@option:check</comment>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Owned by me</source>
        <comment>@option:check</comment>
        <translation>Mir gehörend</translation>
    </message>
    <message>
        <source>Pick who you are in Settings first.</source>
        <comment>@info:tooltip</comment>
        <translation>Wählen Sie zuerst in den Einstellungen aus, wer Sie sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entities</source>
        <comment>@info</comment>
        <translation>%1 von %2 Entitäten</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <comment>@action:button</comment>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>Nothing to show.</source>
        <comment>@info</comment>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>@action:button</comment>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>Coming</source>
        <comment>@label page not yet available</comment>
        <translation>Demnächst</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Search entities and pages…</source>
        <comment>@info:placeholder</comment>
        <translation>Entitäten und Seiten durchsuchen…</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>@info accessible</comment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Page</source>
        <comment>@label</comment>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <comment>@info</comment>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>↑↓ move   Enter open   Esc close</source>
        <comment>@info keyboard hints</comment>
        <translation>↑↓ bewegen   Enter öffnen   Esc schließen</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create</source>
        <comment>@title:page</comment>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Pick a Software Template: fill in its form, then create the project in a folder or preview it with a dry run.</source>
        <comment>@info</comment>
        <translation>Wählen Sie eine Software-Vorlage aus: Füllen Sie ihr Formular aus und erstellen Sie dann das Projekt in einem Ordner oder prüfen Sie es vorab mit einem Probelauf.</translation>
    </message>
    <message>
        <source>The catalog has no Software Templates (entities of kind Template) yet.</source>
        <comment>@info</comment>
        <translation>Der Katalog enthält noch keine Software-Vorlagen (Entitäten der Art Template).</translation>
    </message>
</context>
<context>
    <name>DocsPage</name>
    <message>
        <source>Docs</source>
        <comment>@title:page</comment>
        <translation>Doku</translation>
    </message>
    <message>
        <source>No entity in the catalog has a backstage.io/techdocs-ref annotation.</source>
        <comment>@info</comment>
        <translation>Keine Entität im Katalog hat eine Annotation backstage.io/techdocs-ref.</translation>
    </message>
    <message>
        <source>Choose a documentation site.</source>
        <comment>@info</comment>
        <translation>Wählen Sie eine Dokumentationsseite aus.</translation>
    </message>
</context>
<context>
    <name>DocsView</name>
    <message>
        <source>Find in page</source>
        <comment>@info:placeholder</comment>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <comment>@action:button</comment>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@action:button</comment>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DocsViewer</name>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>The docs viewer is not available in this process.</source>
        <translation>Der Doku-Viewer ist in diesem Prozess nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>EntityController</name>
    <message>
        <source>GitHub repository</source>
        <translation>GitHub-Repository</translation>
    </message>
    <message>
        <source>Source location</source>
        <translation>Quellort</translation>
    </message>
    <message>
        <source>PagerDuty service</source>
        <translation>PagerDuty-Dienst</translation>
    </message>
    <message>
        <source>Grafana dashboards</source>
        <translation>Grafana-Dashboards</translation>
    </message>
    <message>
        <source>TechDocs</source>
        <translation>TechDocs</translation>
    </message>
    <message>
        <source>Kubernetes id</source>
        <translation>Kubernetes-ID</translation>
    </message>
    <message>
        <source>Kubernetes selector</source>
        <translation>Kubernetes-Selektor</translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation>Kubernetes-Namespace</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Owner of</source>
        <translation>Besitzer von</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Dependency of</source>
        <translation>Abhängigkeit von</translation>
    </message>
    <message>
        <source>Provides API</source>
        <translation>Stellt API bereit</translation>
    </message>
    <message>
        <source>API provided by</source>
        <translation>API bereitgestellt von</translation>
    </message>
    <message>
        <source>Consumes API</source>
        <translation>Nutzt API</translation>
    </message>
    <message>
        <source>API consumed by</source>
        <translation>API genutzt von</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Has part</source>
        <translation>Hat Teil</translation>
    </message>
    <message>
        <source>Parent of</source>
        <translation>Übergeordnet zu</translation>
    </message>
    <message>
        <source>Child of</source>
        <translation>Untergeordnet zu</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Mitglied von</translation>
    </message>
    <message>
        <source>Has member</source>
        <translation>Hat Mitglied</translation>
    </message>
</context>
<context>
    <name>EntityHeader</name>
    <message>
        <source>Star (shown with the Starred filter)</source>
        <comment>@info:tooltip</comment>
        <translation>Markieren (erscheint mit dem Filter „Markiert“)</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>@action</comment>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@label</comment>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@label</comment>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>EntityKubernetesTab</name>
    <message>
        <source>Kubernetes</source>
        <comment>@title</comment>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>offline copy, as of %1</source>
        <comment>@label</comment>
        <translation>Offline-Kopie, Stand: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <comment>@label</comment>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>@action:button</comment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Problems</source>
        <comment>@title card</comment>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>reachable</source>
        <comment>@label</comment>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>@label</comment>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>as of %1</source>
        <comment>@label</comment>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <comment>@info</comment>
        <translation>gelesen: %1</translation>
    </message>
    <message>
        <source>Ingress: %1</source>
        <comment>@info</comment>
        <translation>Ingress: %1</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <comment>@action</comment>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>No objects match this entity in this cluster.</source>
        <comment>@info</comment>
        <translation>In diesem Cluster passen keine Objekte zu dieser Entität.</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <comment>@label replicas</comment>
        <translation>%1 bereit</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n Neustart</numerusform>
            <numerusform>%n Neustarts</numerusform>
        </translation>
    </message>
    <message>
        <source>HPA: %1</source>
        <comment>@info</comment>
        <translation>HPA: %1</translation>
    </message>
</context>
<context>
    <name>EntityLink</name>
    <message>
        <source>—</source>
        <comment>@label no value</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Overview</source>
        <comment>@title:tab</comment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Relations</source>
        <comment>@title:tab</comment>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>@title:tab</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>API Definition</source>
        <comment>@title:tab</comment>
        <translation>API-Definition</translation>
    </message>
    <message>
        <source>Docs</source>
        <comment>@title:tab</comment>
        <translation>Doku</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <comment>@title:tab</comment>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <comment>@info</comment>
        <translation>%1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>It may have been removed by the last sync. Press Esc to go back.</source>
        <comment>@info</comment>
        <translation>Es wurde eventuell bei der letzten Synchronisierung entfernt. Mit Esc geht es zurück.</translation>
    </message>
</context>
<context>
    <name>EntityRowDelegate</name>
    <message>
        <source>Unstar %1</source>
        <comment>@action</comment>
        <translation>Markierung von %1 entfernen</translation>
    </message>
    <message>
        <source>Star %1</source>
        <comment>@action</comment>
        <translation>%1 markieren</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <source>Name</source>
        <comment>@title:column</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@title:column</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title:column</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@title:column</comment>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@title:column</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <comment>@title:column</comment>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>@title:column</comment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>@title:column</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <comment>@action</comment>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <source>No entity matches these filters.</source>
        <comment>@info</comment>
        <translation>Keine Entität passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>The catalog is empty. Add a source in Settings.</source>
        <comment>@info</comment>
        <translation>Der Katalog ist leer. Fügen Sie in den Einstellungen eine Quelle hinzu.</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Name</source>
        <comment>@title:column</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@title:column</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title:column</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@title:column</comment>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@title:column</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <comment>@title:column</comment>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>@title:column</comment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>@title:column</comment>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Kind</source>
        <comment>@title facet</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title facet</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <comment>@title facet</comment>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@title facet</comment>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@title facet</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>@title facet</comment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Namespace</source>
        <comment>@title facet</comment>
        <translation>Namespace</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <source>Show fewer</source>
        <comment>@action:button</comment>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <comment>@action:button</comment>
        <translation>Alle %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>HighlightedCode</name>
    <message>
        <source>Syntax highlighting is not available in this build.</source>
        <comment>@info</comment>
        <translation>Syntaxhervorhebung ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>KubernetesPage</name>
    <message>
        <source>Kubernetes</source>
        <comment>@title:page</comment>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Check again</source>
        <comment>@action:button</comment>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Clusters</source>
        <comment>@title card</comment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>reachable</source>
        <comment>@label</comment>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>@label</comment>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <comment>@action</comment>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>Components with Kubernetes objects</source>
        <comment>@title card</comment>
        <translation>Komponenten mit Kubernetes-Objekten</translation>
    </message>
    <message>
        <source>No catalog entity has a backstage.io/kubernetes-id or kubernetes-label-selector annotation.</source>
        <comment>@info</comment>
        <translation>Keine Entität im Katalog hat eine Annotation backstage.io/kubernetes-id oder kubernetes-label-selector.</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <comment>@info</comment>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <comment>@info</comment>
        <translation>Cluster %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>healthy</source>
        <comment>@label</comment>
        <translation>gesund</translation>
    </message>
    <message>
        <source>seen %1</source>
        <comment>@info</comment>
        <translation>geprüft: %1</translation>
    </message>
</context>
<context>
    <name>KubernetesStatus</name>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>No Kubernetes cluster is configured: add one to your kubeconfig or to an app-config file in Settings.</source>
        <translation>Es ist kein Kubernetes-Cluster eingerichtet: Fügen Sie einen in Ihrer kubeconfig oder in einer app-config-Datei in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>@info:age</comment>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>@info:age</comment>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>@info:age</comment>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>@info:age</comment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Portolan</source>
        <comment>@title:window</comment>
        <translation>Portolan</translation>
    </message>
    <message>
        <source>Catalog</source>
        <comment>@title:menu</comment>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Docs</source>
        <comment>@title:menu</comment>
        <translation>Doku</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>@title:menu</comment>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <comment>@title:menu</comment>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <comment>@title:menu</comment>
        <translation>Scorecards</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@title:menu</comment>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>About</source>
        <comment>@title card</comment>
        <translation>Über</translation>
    </message>
    <message>
        <source>No description.</source>
        <comment>@info</comment>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@label</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@label</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@label</comment>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@label</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Domain</source>
        <comment>@label</comment>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>@label</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Namespace</source>
        <comment>@label</comment>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Defined in</source>
        <comment>@label</comment>
        <translation>Definiert in</translation>
    </message>
    <message>
        <source>Who owns this</source>
        <comment>@title card</comment>
        <translation>Wem das gehört</translation>
    </message>
    <message>
        <source>Members</source>
        <comment>@title</comment>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Links</source>
        <comment>@title card</comment>
        <translation>Links</translation>
    </message>
    <message>
        <source>Annotations</source>
        <comment>@title card</comment>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Members</source>
        <comment>@title card</comment>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>No members.</source>
        <comment>@info</comment>
        <translation>Keine Mitglieder.</translation>
    </message>
    <message>
        <source>Member of</source>
        <comment>@title card</comment>
        <translation>Mitglied von</translation>
    </message>
    <message>
        <source>Structure</source>
        <comment>@title card</comment>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>@label</comment>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>Children</source>
        <comment>@label</comment>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Groups</source>
        <comment>@label</comment>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Owns (%1)</source>
        <comment>@title card</comment>
        <translation>Besitzt (%1)</translation>
    </message>
    <message>
        <source>Owns nothing in the catalog.</source>
        <comment>@info</comment>
        <translation>Besitzt nichts im Katalog.</translation>
    </message>
    <message>
        <source>through %1</source>
        <comment>@info owned through a child group</comment>
        <translation>über %1</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <source>Go to page</source>
        <comment>@info palette item</comment>
        <translation>Zur Seite</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in the catalog sources</source>
        <comment>@title:window</comment>
        <translation>Probleme in den Katalogquellen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>This entity has no backstage.io/techdocs-ref annotation.</source>
        <translation>Diese Entität hat keine Annotation backstage.io/techdocs-ref.</translation>
    </message>
    <message>
        <source>These docs live at %1: they are shown once a sync has fetched them.</source>
        <translation>Diese Doku liegt unter %1: Sie wird angezeigt, sobald eine Synchronisierung sie abgerufen hat.</translation>
    </message>
</context>
<context>
    <name>RefList</name>
    <message>
        <source>none</source>
        <comment>@info</comment>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <source>Depth</source>
        <comment>@label</comment>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Graph depth</source>
        <comment>@label</comment>
        <translation>Graphtiefe</translation>
    </message>
    <message>
        <source>Direction</source>
        <comment>@label</comment>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Both ways</source>
        <comment>@item:inlistbox</comment>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>What it uses</source>
        <comment>@item:inlistbox</comment>
        <translation>Was es verwendet</translation>
    </message>
    <message>
        <source>What uses it</source>
        <comment>@item:inlistbox</comment>
        <translation>Wer es verwendet</translation>
    </message>
    <message>
        <source>Kinds</source>
        <comment>@label</comment>
        <translation>Arten</translation>
    </message>
    <message>
        <source>No relations.</source>
        <comment>@info</comment>
        <translation>Keine Beziehungen.</translation>
    </message>
</context>
<context>
    <name>ScorecardsPage</name>
    <message>
        <source>Scorecards</source>
        <comment>@title:page</comment>
        <translation>Scorecards</translation>
    </message>
    <message>
        <source>Checks over the catalog, such as every component has an owner, docs and a lifecycle, scored per team.</source>
        <comment>@info</comment>
        <translation>Prüfungen über den Katalog, etwa ob jede Komponente einen Besitzer, Doku und einen Lebenszyklus hat, bewertet pro Team.</translation>
    </message>
    <message>
        <source>See which entities miss what, grouped by owner.</source>
        <comment>@info</comment>
        <translation>Sehen, welcher Entität was fehlt, gruppiert nach Besitzer.</translation>
    </message>
    <message>
        <source>Follow a team&apos;s score over time.</source>
        <comment>@info</comment>
        <translation>Die Bewertung eines Teams über die Zeit verfolgen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>You</source>
        <comment>@title card</comment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Pick yourself among the catalog&apos;s users: &quot;Owned by me&quot; then shows what you and your groups own.</source>
        <comment>@info</comment>
        <translation>Wählen Sie sich unter den Benutzern des Katalogs aus: „Mir gehörend“ zeigt dann, was Ihnen und Ihren Gruppen gehört.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <comment>@item:inlistbox</comment>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <comment>@info</comment>
        <translation>Mitglied von: %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <comment>@title card</comment>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <comment>@option:radio</comment>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>@option:radio</comment>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>@option:radio</comment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Catalog sources</source>
        <comment>@title card</comment>
        <translation>Katalogquellen</translation>
    </message>
    <message>
        <source>In the catalog now:</source>
        <comment>@info</comment>
        <translation>Derzeit im Katalog:</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Added here, read by the sync engine:</source>
        <comment>@info</comment>
        <translation>Hier hinzugefügt, von der Synchronisierung gelesen:</translation>
    </message>
    <message>
        <source>None yet.</source>
        <comment>@info</comment>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>app-config</source>
        <comment>@label</comment>
        <translation>app-config</translation>
    </message>
    <message>
        <source>repository</source>
        <comment>@label</comment>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>app-config.yaml</source>
        <comment>@item:inlistbox</comment>
        <translation>app-config.yaml</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <comment>@item:inlistbox</comment>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <source>/path/to/app-config.yaml</source>
        <comment>@info:placeholder</comment>
        <translation>/pfad/zu/app-config.yaml</translation>
    </message>
    <message>
        <source>/path/to/repository</source>
        <comment>@info:placeholder</comment>
        <translation>/pfad/zum/repository</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>@action:button</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@title card</comment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Applies at once; the window is translated without a restart.</source>
        <comment>@info</comment>
        <translation>Wirkt sofort; das Fenster wird ohne Neustart übersetzt.</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@item:inlistbox follow the system language</comment>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Portolan</source>
        <comment>@title app name</comment>
        <translation>Portolan</translation>
    </message>
    <message>
        <source>Ctrl+K  search everything
Alt+←/→  back / forward</source>
        <comment>@info keyboard hints</comment>
        <translation>Strg+K  alles durchsuchen
Alt+←/→  zurück / vor</translation>
    </message>
</context>
<context>
    <name>SourceTab</name>
    <message>
        <source>The source file is not readable from here (it may come from a remote location).</source>
        <comment>@info</comment>
        <translation>Die Quelldatei ist von hier aus nicht lesbar (sie stammt eventuell von einem entfernten Ort).</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>never synced</source>
        <comment>@info:status</comment>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>synced %1</source>
        <comment>@info:status</comment>
        <translation>synchronisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entities · %2</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%1 · %n Entität · %2</numerusform>
            <numerusform>%1 · %n Entitäten · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>sync failed</source>
        <comment>@info:status</comment>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No catalog sources yet</source>
        <comment>@info:status</comment>
        <translation>Noch keine Katalogquellen</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>@info:status</comment>
        <translation>offline</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the sources</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n Problem in den Quellen</numerusform>
            <numerusform>%n Probleme in den Quellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>Owner: %1</source>
        <comment>@info</comment>
        <translation>Besitzer: %1</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>@action:button</comment>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>No local template.yaml for this template</source>
        <comment>@info:tooltip</comment>
        <translation>Keine lokale template.yaml für diese Vorlage</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>repository</source>
        <comment>@info:placeholder</comment>
        <translation>Repository</translation>
    </message>
</context>
<context>
    <name>TemplateRunView</name>
    <message>
        <source>Dry run in progress…</source>
        <comment>@info</comment>
        <translation>Probelauf läuft…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <comment>@info</comment>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Dry run finished: nothing was published or registered.</source>
        <comment>@info</comment>
        <translation>Probelauf abgeschlossen: Nichts wurde veröffentlicht oder registriert.</translation>
    </message>
    <message>
        <source>Done: created in %1</source>
        <comment>@info</comment>
        <translation>Fertig: erstellt in %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>@info</comment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Files the template produces (%1)</source>
        <comment>@title card</comment>
        <translation>Dateien, die die Vorlage erzeugt (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <comment>@title card</comment>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <source>Output</source>
        <comment>@title card</comment>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Open %1 in catalog</source>
        <comment>@action:button</comment>
        <translation>%1 im Katalog öffnen</translation>
    </message>
</context>
<context>
    <name>TemplateWizard</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>@title step</comment>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>@title step</comment>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>TemplateWizardPage</name>
    <message>
        <source>Create the project in</source>
        <comment>@title:window</comment>
        <translation>Projekt erstellen in</translation>
    </message>
    <message>
        <source>All templates</source>
        <comment>@info:tooltip</comment>
        <translation>Alle Vorlagen</translation>
    </message>
    <message>
        <source>Create the project in</source>
        <comment>@label</comment>
        <translation>Projekt erstellen in</translation>
    </message>
    <message>
        <source>Browse…</source>
        <comment>@action:button</comment>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Start over</source>
        <comment>@action:button</comment>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>@action:button</comment>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Dry run</source>
        <comment>@action:button</comment>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>@action:button</comment>
        <translation>Erstellen</translation>
    </message>
</context>
</TS>
