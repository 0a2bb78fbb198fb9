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
    <message>
        <source>Search entities, pages and docs…</source>
        <comment>@info:placeholder</comment>
        <translation>Entitäten, Seiten und Doku durchsuchen…</translation>
    </message>
    <message>
        <source>Docs</source>
        <comment>@label</comment>
        <translation>Doku</translation>
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
        <source>Search all docs…</source>
        <comment>@info:placeholder</comment>
        <translation>Gesamte Doku durchsuchen…</translation>
    </message>
    <message>
        <source>Search all docs</source>
        <comment>@info accessible</comment>
        <translation>Gesamte Doku durchsuchen</translation>
    </message>
    <message>
        <source>No matches yet: the docs are still being indexed…</source>
        <comment>@info</comment>
        <translation>Noch keine Treffer: Die Doku wird noch indexiert…</translation>
    </message>
    <message>
        <source>No docs match “%1”.</source>
        <comment>@info</comment>
        <translation>Keine Treffer in der Doku für „%1“.</translation>
    </message>
    <message>
        <source>Sections matching “%1”: %2</source>
        <comment>@info</comment>
        <translation>Abschnitte mit Treffern für „%1“: %2</translation>
    </message>
    <message>
        <source> (indexing…)</source>
        <comment>@info</comment>
        <translation> (wird indexiert…)</translation>
    </message>
    <message>
        <source>Choose a documentation site, or search all docs.</source>
        <comment>@info</comment>
        <translation>Wählen Sie eine Doku-Site aus oder durchsuchen Sie die gesamte Doku.</translation>
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
    <message>
        <source>Downloading docs…</source>
        <comment>@info:status</comment>
        <translation>Doku wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Docs of %1</source>
        <comment>@info backstage.io/techdocs-entity</comment>
        <translation>Dokumentation von %1</translation>
    </message>
    <message>
        <source>Downloaded from the TechDocs server</source>
        <comment>@info</comment>
        <translation>Vom TechDocs-Server heruntergeladen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>@action:button</comment>
        <translation>Aktualisieren</translation>
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
    <message>
        <source>The docs could not be downloaded from %1 and no earlier copy is on this machine: %2</source>
        <comment>@info</comment>
        <translation>Die Doku konnte nicht von %1 heruntergeladen werden, und auf diesem Rechner gibt es keine frühere Kopie: %2</translation>
    </message>
    <message>
        <source>Offline: showing the copy downloaded earlier (%1).</source>
        <comment>@info</comment>
        <translation>Offline: Die früher heruntergeladene Kopie wird angezeigt (%1).</translation>
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
    <name>EntityScorecardCard</name>
    <message>
        <source>Scorecard</source>
        <comment>@title card</comment>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <comment>@info styled text</comment>
        <translation>&lt;b&gt;Abhilfe:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>@label percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <comment>@info</comment>
        <translation>%1 von %2 Prüfungen bestanden</translation>
    </message>
    <message>
        <source>All scorecards</source>
        <comment>@action link</comment>
        <translation>Alle Scorecards</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@info</comment>
        <translation>nicht bestanden</translation>
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
    <message>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation>Wird geladen…</translation>
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
    <message>
        <source>Sync now</source>
        <comment>@action palette command</comment>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fetch every configured catalog source</source>
        <comment>@info palette item</comment>
        <translation>Alle eingerichteten Katalogquellen abrufen</translation>
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
    <message>
        <source>Pages</source>
        <comment>@title palette section</comment>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Entities</source>
        <comment>@title palette section</comment>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Docs</source>
        <comment>@title palette section</comment>
        <translation>Doku</translation>
    </message>
</context>
<context>
    <name>PluginContext</name>
    <message>
        <source>query(): unknown filter &quot;%1&quot;; use text, %2, annotation or limit</source>
        <comment>@info</comment>
        <translation>query(): unbekannter Filter &quot;%1&quot;; verwenden Sie text, %2, annotation oder limit</translation>
    </message>
    <message>
        <source>openUrl(): refused &quot;%1&quot;: only http, https and mailto links open</source>
        <comment>@info</comment>
        <translation>openUrl(): &quot;%1&quot; abgelehnt: Nur http-, https- und mailto-Links werden geöffnet</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <comment>@info file:line: error thrown by a plugin callback</comment>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>httpGet(): no active plugin &quot;%1&quot;</source>
        <comment>@info</comment>
        <translation>httpGet(): kein aktives Plugin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>httpGet(): refused %1: the host is not in the plugin&apos;s http.allowedHosts</source>
        <comment>@info</comment>
        <translation>httpGet(): %1 abgelehnt: Der Host steht nicht in http.allowedHosts des Plugins</translation>
    </message>
    <message>
        <source>httpGet(): refused the redirect to %1: the host is not in the plugin&apos;s http.allowedHosts</source>
        <comment>@info</comment>
        <translation>httpGet(): Weiterleitung zu %1 abgelehnt: Der Host steht nicht in http.allowedHosts des Plugins</translation>
    </message>
    <message>
        <source>httpGet(): the answer is larger than %1 MiB</source>
        <comment>@info</comment>
        <translation>httpGet(): Die Antwort ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>PluginRegistry</name>
    <message>
        <source>no system keychain is available; set $%1 instead</source>
        <comment>@info</comment>
        <translation>kein System-Schlüsselbund verfügbar; setzen Sie stattdessen $%1</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <comment>@info</comment>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>PluginView</name>
    <message>
        <source>%1 could not be created.</source>
        <comment>@info</comment>
        <translation>%1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1: plugin error</source>
        <comment>@title card</comment>
        <translation>%1: Plugin-Fehler</translation>
    </message>
    <message>
        <source>The plugin “%1” stopped with an error; the rest of the page is not affected.</source>
        <comment>@info</comment>
        <translation>Das Plugin „%1“ wurde mit einem Fehler beendet; der Rest der Seite ist nicht betroffen.</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>@info docs url: git error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the folder %2 is not in the synced commit %3</source>
        <comment>@info</comment>
        <translation>%1: Der Ordner %2 ist nicht im synchronisierten Commit %3</translation>
    </message>
    <message>
        <source>%1: the docs folder is larger than Portolan copies out of Git (%2 files, %3 MiB)</source>
        <comment>@info</comment>
        <translation>%1: Der Dokumentationsordner ist größer als das, was Portolan aus Git kopiert (%2 Dateien, %3 MiB)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <comment>@info</comment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <comment>@info</comment>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <comment>@info</comment>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>%1: backstage.io/techdocs-entity leads back to %2</source>
        <comment>@info</comment>
        <translation>%1: backstage.io/techdocs-entity führt zurück zu %2</translation>
    </message>
    <message>
        <source>%1: backstage.io/techdocs-entity names %2, which is not in the catalog</source>
        <comment>@info</comment>
        <translation>%1: backstage.io/techdocs-entity nennt %2, das nicht im Katalog ist</translation>
    </message>
    <message>
        <source>%1: too many backstage.io/techdocs-entity hops</source>
        <comment>@info</comment>
        <translation>%1: zu viele Weiterleitungen über backstage.io/techdocs-entity</translation>
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
    <name>ScoreTallyModel</name>
    <message>
        <source>No owner</source>
        <comment>@label entities without an owner</comment>
        <translation>Ohne Besitzer</translation>
    </message>
</context>
<context>
    <name>ScorecardBars</name>
    <message>
        <source>%1%</source>
        <comment>@label percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 entity</source>
        <comment>@label</comment>
        <translation>1 Entität</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@label</comment>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 checks pass</source>
        <comment>@info:tooltip</comment>
        <translation>%1: %2 von %3 Prüfungen bestanden</translation>
    </message>
</context>
<context>
    <name>ScorecardChecks</name>
    <message>
        <source>Checks</source>
        <comment>@title card</comment>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>@title:column</comment>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Failing</source>
        <comment>@title:column</comment>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Passing</source>
        <comment>@title:column</comment>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>applies to 1 entity</source>
        <comment>@info</comment>
        <translation>gilt für 1 Entität</translation>
    </message>
    <message numerus="yes">
        <source>applies to %n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>gilt für %n Entität</numerusform>
            <numerusform>gilt für %n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>@label percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <comment>@info:tooltip</comment>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>ScorecardFailing</name>
    <message>
        <source>Failing “%1” (%2)</source>
        <comment>@title card</comment>
        <translation>Nicht bestanden: „%1“ (%2)</translation>
    </message>
    <message>
        <source>Entities to fix (%1)</source>
        <comment>@title card</comment>
        <translation>Zu korrigierende Entitäten (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <comment>@info styled text</comment>
        <translation>&lt;b&gt;Abhilfe:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Every entity it applies to passes this check.</source>
        <comment>@info</comment>
        <translation>Jede Entität, für die sie gilt, besteht diese Prüfung.</translation>
    </message>
    <message>
        <source>Every entity passes every check that applies to it.</source>
        <comment>@info</comment>
        <translation>Jede Entität besteht alle für sie geltenden Prüfungen.</translation>
    </message>
    <message>
        <source>no owner</source>
        <comment>@info</comment>
        <translation>ohne Besitzer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@label checks passed of applicable</comment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <source>All owners</source>
        <comment>@item:inlistbox</comment>
        <translation>Alle Besitzer</translation>
    </message>
    <message>
        <source>All kinds</source>
        <comment>@item:inlistbox</comment>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>No owner</source>
        <comment>@item:inlistbox</comment>
        <translation>Ohne Besitzer</translation>
    </message>
    <message>
        <source>No owner</source>
        <comment>@label entities without an owner</comment>
        <translation>Ohne Besitzer</translation>
    </message>
</context>
<context>
    <name>ScorecardReason</name>
    <message>
        <source>nothing</source>
        <comment>@info scorecard failure: the entity has no value</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>needs %1 to be set; found %2</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 what was found</comment>
        <translation>%1 muss gesetzt sein; gefunden: %2</translation>
    </message>
    <message>
        <source>needs %1 to be absent; found %2</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 what was found</comment>
        <translation>%1 darf nicht gesetzt sein; gefunden: %2</translation>
    </message>
    <message>
        <source>needs %1 equal to %2; found %3</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 expected value, %3 what was found</comment>
        <translation>%1 muss gleich %2 sein; gefunden: %3</translation>
    </message>
    <message>
        <source>needs %1 not equal to %2; found %3</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 value it must differ from, %3 what was found</comment>
        <translation>%1 darf nicht gleich %2 sein; gefunden: %3</translation>
    </message>
    <message>
        <source>needs %1 greater than %2; found %3</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 the bound, %3 what was found</comment>
        <translation>%1 muss größer als %2 sein; gefunden: %3</translation>
    </message>
    <message>
        <source>needs %1 less than %2; found %3</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 the bound, %3 what was found</comment>
        <translation>%1 muss kleiner als %2 sein; gefunden: %3</translation>
    </message>
    <message>
        <source>needs %1 to contain %2; found %3</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 expected item, %3 what was found</comment>
        <translation>%1 muss %2 enthalten; gefunden: %3</translation>
    </message>
</context>
<context>
    <name>ScorecardTrend</name>
    <message>
        <source>%1%</source>
        <comment>@label percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <comment>@info:tooltip date: percentage</comment>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>No trend yet: a point is recorded after each sync.</source>
        <comment>@info</comment>
        <translation>Noch kein Verlauf: Nach jeder Synchronisierung wird ein Punkt erfasst.</translation>
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
        <source>%1%</source>
        <comment>@label percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 rules · %n checks</source>
        <comment>@label rule set name and size</comment>
        <translation>
            <numerusform>Regeln %1 · %n Prüfung</numerusform>
            <numerusform>Regeln %1 · %n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@label filter</comment>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@label filter</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <comment>@action:button</comment>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Score again</source>
        <comment>@action:button</comment>
        <translation>Neu bewerten</translation>
    </message>
    <message>
        <source>Scoring the catalog…</source>
        <comment>@info</comment>
        <translation>Katalog wird bewertet…</translation>
    </message>
    <message>
        <source>The scorecard rules have problems</source>
        <comment>@title card</comment>
        <translation>Die Scorecard-Regeln haben Probleme</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <comment>@title card</comment>
        <translation>Nichts passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>No rule applies to the catalog</source>
        <comment>@title card</comment>
        <translation>Keine Regel gilt für den Katalog</translation>
    </message>
    <message>
        <source>The scores could not be saved</source>
        <comment>@title card</comment>
        <translation>Die Bewertungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No scored entity has this owner and kind.</source>
        <comment>@info</comment>
        <translation>Keine bewertete Entität hat diesen Besitzer und diese Art.</translation>
    </message>
    <message>
        <source>Checks apply to kinds such as Component, API and System. Add catalog sources in Settings, or rule files under ~/.config/portolan/scorecards/.</source>
        <comment>@info</comment>
        <translation>Prüfungen gelten für Arten wie Component, API und System. Fügen Sie in den Einstellungen Katalogquellen hinzu oder legen Sie Regeldateien unter ~/.config/portolan/scorecards/ ab.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <comment>@title card</comment>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <comment>@info</comment>
        <translation>%1 von %2 Prüfungen bestanden</translation>
    </message>
    <message>
        <source>over 1 entity</source>
        <comment>@info</comment>
        <translation>über 1 Entität</translation>
    </message>
    <message numerus="yes">
        <source>over %n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>über %n Entität</numerusform>
            <numerusform>über %n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole catalog</source>
        <comment>@label chart legend</comment>
        <translation>Gesamter Katalog</translation>
    </message>
    <message>
        <source>Syncs recorded: %1</source>
        <comment>@info</comment>
        <translation>Erfasste Synchronisierungen: %1</translation>
    </message>
    <message>
        <source>By owner</source>
        <comment>@title card</comment>
        <translation>Nach Besitzer</translation>
    </message>
    <message>
        <source>No owner has scored entities of this kind.</source>
        <comment>@info</comment>
        <translation>Kein Besitzer hat bewertete Entitäten dieser Art.</translation>
    </message>
    <message>
        <source>By kind</source>
        <comment>@title card</comment>
        <translation>Nach Art</translation>
    </message>
    <message>
        <source>This owner has no scored entities.</source>
        <comment>@info</comment>
        <translation>Dieser Besitzer hat keine bewerteten Entitäten.</translation>
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
    <message>
        <source>Sync</source>
        <comment>@title card</comment>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <comment>@action:button</comment>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <comment>@label:spinbox</comment>
        <translation>Automatisch synchronisieren alle</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>@label:spinbox unit</comment>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Plugins</source>
        <comment>@title card</comment>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>A plugin is a folder with a portolan-plugin.json, dropped into one of these folders (the first wins when two plugins share an id):</source>
        <comment>@info</comment>
        <translation>Ein Plugin ist ein Ordner mit einer portolan-plugin.json, abgelegt in einem dieser Ordner (haben zwei Plugins dieselbe ID, gilt das erste):</translation>
    </message>
    <message>
        <source>No plugins found.</source>
        <comment>@info</comment>
        <translation>Keine Plugins gefunden.</translation>
    </message>
    <message>
        <source>active</source>
        <comment>@label plugin state</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>overridden</source>
        <comment>@label plugin state</comment>
        <translation>überschrieben</translation>
    </message>
    <message>
        <source>errors</source>
        <comment>@label plugin state</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>broken</source>
        <comment>@label plugin state</comment>
        <translation>defekt</translation>
    </message>
    <message>
        <source>$%1 overrides this.</source>
        <comment>@info:tooltip</comment>
        <translation>$%1 überschreibt diesen Wert.</translation>
    </message>
    <message>
        <source>Read the plugin folders again</source>
        <comment>@action:button</comment>
        <translation>Plugin-Ordner neu einlesen</translation>
    </message>
    <message>
        <source>C++ part</source>
        <comment>@label plugin with native code</comment>
        <translation>C++-Teil</translation>
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
    <message>
        <source>Cancel</source>
        <comment>@action:button stop the sync</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fetch every configured source now (Ctrl+R)</source>
        <comment>@info:tooltip</comment>
        <translation>Alle eingerichteten Quellen jetzt abrufen (Strg+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n entities from %1 sources</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n Entität aus %1 Quellen</numerusform>
            <numerusform>%n Entitäten aus %1 Quellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSourceRow</name>
    <message>
        <source>queued</source>
        <comment>@info:status sync phase</comment>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>connecting…</source>
        <comment>@info:status sync phase</comment>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>fetching %1/%2 objects…</source>
        <comment>@info:status sync phase</comment>
        <translation>%1/%2 Objekte werden abgerufen…</translation>
    </message>
    <message>
        <source>reading catalog files…</source>
        <comment>@info:status sync phase</comment>
        <translation>Katalogdateien werden gelesen…</translation>
    </message>
    <message>
        <source>saving…</source>
        <comment>@info:status sync phase</comment>
        <translation>wird gespeichert…</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>@info:status sync phase</comment>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>no changes</source>
        <comment>@info:status sync phase</comment>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@info:status sync phase</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>@info:status sync phase</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button stop syncing this source</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>@info</comment>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <comment>@info</comment>
        <translation>Nie synchronisiert</translation>
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
        <source>no longer configured; removed at the next full sync</source>
        <comment>@info</comment>
        <translation>nicht mehr eingerichtet; wird bei der nächsten vollständigen Synchronisierung entfernt</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <comment>@info</comment>
        <translation>Letzter Fehler (%1): %2</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync needs a catalog file; this catalog is in memory only.</source>
        <comment>@info:status</comment>
        <translation>Die Synchronisierung benötigt eine Katalogdatei; dieser Katalog liegt nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>No sync sources configured: add an app-config.yaml or a repository folder in Settings.</source>
        <comment>@info:status</comment>
        <translation>Keine Synchronisierungsquellen eingerichtet: Fügen Sie in den Einstellungen eine app-config.yaml oder einen Repository-Ordner hinzu.</translation>
    </message>
    <message>
        <source>Offline: no source could be reached; the catalog shows the last synced state.</source>
        <comment>@info:status</comment>
        <translation>Offline: Keine Quelle war erreichbar; der Katalog zeigt den zuletzt synchronisierten Stand.</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>@info:status</comment>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <comment>@info:status</comment>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <comment>@info:status</comment>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing %1: fetching %2/%3 objects…</source>
        <comment>@info:status</comment>
        <translation>%1 wird synchronisiert: %2/%3 Objekte werden abgerufen…</translation>
    </message>
    <message>
        <source>Syncing %1: connecting…</source>
        <comment>@info:status</comment>
        <translation>%1 wird synchronisiert: Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Syncing %1: reading catalog files…</source>
        <comment>@info:status</comment>
        <translation>%1 wird synchronisiert: Katalogdateien werden gelesen…</translation>
    </message>
    <message>
        <source>Syncing %1: saving…</source>
        <comment>@info:status</comment>
        <translation>%1 wird synchronisiert: Speichern…</translation>
    </message>
    <message>
        <source>(%1 of %2 sources done)</source>
        <comment>@info:status</comment>
        <translation>(%1 von %2 Quellen fertig)</translation>
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
    <message>
        <source>Select a file to preview it.</source>
        <comment>@info</comment>
        <translation>Wählen Sie eine Datei aus, um eine Vorschau zu sehen.</translation>
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
    <message numerus="yes">
        <source>(binary file, %n bytes)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>(Binärdatei, %n Byte)</numerusform>
            <numerusform>(Binärdatei, %n Byte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… (%n bytes more)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>
… (%n weiteres Byte)</numerusform>
            <numerusform>
… (%n weitere Byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>app-config: %1</source>
        <comment>@info</comment>
        <translation>app-config: %1</translation>
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
