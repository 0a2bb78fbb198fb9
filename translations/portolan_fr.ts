<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ApiDefinitionTab</name>
    <message>
        <source>%1 definition</source>
        <comment>@info</comment>
        <translation>Définition %1</translation>
    </message>
    <message>
        <source>This API has no definition.</source>
        <comment>@info</comment>
        <translation>Cette API n&apos;a pas de définition.</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Enter a path.</source>
        <comment>@info</comment>
        <translation>Saisissez un chemin.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <comment>@info</comment>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file: pick the app-config.yaml itself.</source>
        <comment>@info</comment>
        <translation>%1 n&apos;est pas un fichier : choisissez le fichier app-config.yaml lui-même.</translation>
    </message>
    <message>
        <source>%1 is not a folder: pick the repository&apos;s folder.</source>
        <comment>@info</comment>
        <translation>%1 n&apos;est pas un dossier : choisissez le dossier du dépôt.</translation>
    </message>
    <message>
        <source>%1 is already configured.</source>
        <comment>@info</comment>
        <translation>%1 est déjà configuré.</translation>
    </message>
</context>
<context>
    <name>CatalogBackend</name>
    <message>
        <source>Importing %1…</source>
        <comment>@info:status</comment>
        <translation>Importation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entities</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%1 : %n entité</numerusform>
            <numerusform>%1 : %n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: import failed: %2</source>
        <comment>@info:status</comment>
        <translation>%1 : échec de l&apos;importation : %2</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Catalog</source>
        <comment>@title:page</comment>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Search names, descriptions, tags, owners… (Ctrl+F)</source>
        <comment>@info:placeholder</comment>
        <translation>Rechercher noms, descriptions, tags, propriétaires… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <comment>@info accessible</comment>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>@option:check</comment>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Owned by me</source>
        <comment>@option:check</comment>
        <translation>M&apos;appartenant</translation>
    </message>
    <message>
        <source>Pick who you are in Settings first.</source>
        <comment>@info:tooltip</comment>
        <translation>Indiquez d&apos;abord qui vous êtes dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entities</source>
        <comment>@info</comment>
        <translation>%1 entités sur %2</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <comment>@action:button</comment>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>Nothing to show.</source>
        <comment>@info</comment>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>@action:button</comment>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>Coming</source>
        <comment>@label page not yet available</comment>
        <translation>Bientôt</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Search</source>
        <comment>@info accessible</comment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Page</source>
        <comment>@label</comment>
        <translation>Page</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <comment>@info</comment>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <source>↑↓ move   Enter open   Esc close</source>
        <comment>@info keyboard hints</comment>
        <translation>↑↓ déplacer   Entrée ouvrir   Échap fermer</translation>
    </message>
    <message>
        <source>Search entities, pages and docs…</source>
        <comment>@info:placeholder</comment>
        <translation>Rechercher des entités, des pages et des docs…</translation>
    </message>
    <message>
        <source>Docs</source>
        <comment>@label</comment>
        <translation>Docs</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create</source>
        <comment>@title:page</comment>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Pick a Software Template: fill in its form, then create the project in a folder or preview it with a dry run.</source>
        <comment>@info</comment>
        <translation>Choisissez un modèle logiciel : remplissez son formulaire, puis créez le projet dans un dossier ou prévisualisez-le avec une simulation.</translation>
    </message>
    <message>
        <source>The catalog has no Software Templates (entities of kind Template) yet.</source>
        <comment>@info</comment>
        <translation>Le catalogue ne contient pas encore de modèles logiciels (entités de kind Template).</translation>
    </message>
</context>
<context>
    <name>DocsPage</name>
    <message>
        <source>Docs</source>
        <comment>@title:page</comment>
        <translation>Docs</translation>
    </message>
    <message>
        <source>No entity in the catalog has a backstage.io/techdocs-ref annotation.</source>
        <comment>@info</comment>
        <translation>Aucune entité du catalogue n&apos;a d&apos;annotation backstage.io/techdocs-ref.</translation>
    </message>
    <message>
        <source>Search all docs…</source>
        <comment>@info:placeholder</comment>
        <translation>Rechercher dans toutes les docs…</translation>
    </message>
    <message>
        <source>Search all docs</source>
        <comment>@info accessible</comment>
        <translation>Rechercher dans toutes les docs</translation>
    </message>
    <message>
        <source>No matches yet: the docs are still being indexed…</source>
        <comment>@info</comment>
        <translation>Aucun résultat pour l&apos;instant : les docs sont encore en cours d&apos;indexation…</translation>
    </message>
    <message>
        <source>No docs match “%1”.</source>
        <comment>@info</comment>
        <translation>Aucune doc ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Sections matching “%1”: %2</source>
        <comment>@info</comment>
        <translation>Sections correspondant à « %1 » : %2</translation>
    </message>
    <message>
        <source> (indexing…)</source>
        <comment>@info</comment>
        <translation> (indexation en cours…)</translation>
    </message>
    <message>
        <source>Choose a documentation site, or search all docs.</source>
        <comment>@info</comment>
        <translation>Choisissez un site de documentation ou recherchez dans toutes les docs.</translation>
    </message>
</context>
<context>
    <name>DocsView</name>
    <message>
        <source>Find in page</source>
        <comment>@info:placeholder</comment>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Previous</source>
        <comment>@action:button</comment>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@action:button</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Downloading docs…</source>
        <comment>@info:status</comment>
        <translation>Téléchargement de la documentation…</translation>
    </message>
    <message>
        <source>Docs of %1</source>
        <comment>@info backstage.io/techdocs-entity</comment>
        <translation>Documentation de %1</translation>
    </message>
    <message>
        <source>Downloaded from the TechDocs server</source>
        <comment>@info</comment>
        <translation>Téléchargé depuis le serveur TechDocs</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>@action:button</comment>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>DocsViewer</name>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>The docs viewer is not available in this process.</source>
        <translation>La visionneuse de documentation n&apos;est pas disponible dans ce processus.</translation>
    </message>
    <message>
        <source>The docs could not be downloaded from %1 and no earlier copy is on this machine: %2</source>
        <comment>@info</comment>
        <translation>La documentation n’a pas pu être téléchargée depuis %1 et aucune copie antérieure n’existe sur cette machine : %2</translation>
    </message>
    <message>
        <source>Offline: showing the copy downloaded earlier (%1).</source>
        <comment>@info</comment>
        <translation>Hors ligne : affichage de la copie téléchargée précédemment (%1).</translation>
    </message>
</context>
<context>
    <name>EntityController</name>
    <message>
        <source>GitHub repository</source>
        <translation>Dépôt GitHub</translation>
    </message>
    <message>
        <source>Source location</source>
        <translation>Emplacement des sources</translation>
    </message>
    <message>
        <source>PagerDuty service</source>
        <translation>Service PagerDuty</translation>
    </message>
    <message>
        <source>Grafana dashboards</source>
        <translation>Tableaux de bord Grafana</translation>
    </message>
    <message>
        <source>TechDocs</source>
        <translation>TechDocs</translation>
    </message>
    <message>
        <source>Kubernetes id</source>
        <translation>Identifiant Kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes selector</source>
        <translation>Sélecteur Kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation>Namespace Kubernetes</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>Appartient à</translation>
    </message>
    <message>
        <source>Owner of</source>
        <translation>Propriétaire de</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Dependency of</source>
        <translation>Dépendance de</translation>
    </message>
    <message>
        <source>Provides API</source>
        <translation>Fournit l’API</translation>
    </message>
    <message>
        <source>API provided by</source>
        <translation>API fournie par</translation>
    </message>
    <message>
        <source>Consumes API</source>
        <translation>Consomme l’API</translation>
    </message>
    <message>
        <source>API consumed by</source>
        <translation>API consommée par</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Has part</source>
        <translation>A pour partie</translation>
    </message>
    <message>
        <source>Parent of</source>
        <translation>Parent de</translation>
    </message>
    <message>
        <source>Child of</source>
        <translation>Enfant de</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Membre de</translation>
    </message>
    <message>
        <source>Has member</source>
        <translation>A pour membre</translation>
    </message>
</context>
<context>
    <name>EntityHeader</name>
    <message>
        <source>Star (shown with the Starred filter)</source>
        <comment>@info:tooltip</comment>
        <translation>Ajouter aux favoris (visible avec le filtre Favoris)</translation>
    </message>
    <message>
        <source>Star</source>
        <comment>@action</comment>
        <translation>Mettre en favori</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@label</comment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@label</comment>
        <translation>Système</translation>
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
        <translation>copie hors ligne, état : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <comment>@label</comment>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>@action:button</comment>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Problems</source>
        <comment>@title card</comment>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>reachable</source>
        <comment>@label</comment>
        <translation>joignable</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>@label</comment>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>as of %1</source>
        <comment>@label</comment>
        <translation>état : %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <comment>@info</comment>
        <translation>lu : %1</translation>
    </message>
    <message>
        <source>Ingress: %1</source>
        <comment>@info</comment>
        <translation>Ingress : %1</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <comment>@action</comment>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>No objects match this entity in this cluster.</source>
        <comment>@info</comment>
        <translation>Aucun objet de ce cluster ne correspond à cette entité.</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <comment>@label replicas</comment>
        <translation>%1 prêts</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n redémarrage</numerusform>
            <numerusform>%n redémarrages</numerusform>
        </translation>
    </message>
    <message>
        <source>HPA: %1</source>
        <comment>@info</comment>
        <translation>HPA : %1</translation>
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
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Relations</source>
        <comment>@title:tab</comment>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>@title:tab</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>API Definition</source>
        <comment>@title:tab</comment>
        <translation>Définition de l’API</translation>
    </message>
    <message>
        <source>Docs</source>
        <comment>@title:tab</comment>
        <translation>Docs</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <comment>@title:tab</comment>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <comment>@info</comment>
        <translation>%1 n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>It may have been removed by the last sync. Press Esc to go back.</source>
        <comment>@info</comment>
        <translation>Elle a peut-être été supprimée par la dernière synchronisation. Appuyez sur Échap pour revenir.</translation>
    </message>
</context>
<context>
    <name>EntityRowDelegate</name>
    <message>
        <source>Unstar %1</source>
        <comment>@action</comment>
        <translation>Retirer %1 des favoris</translation>
    </message>
    <message>
        <source>Star %1</source>
        <comment>@action</comment>
        <translation>Ajouter %1 aux favoris</translation>
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
        <translation>&lt;b&gt;Correction :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>@label percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <comment>@info</comment>
        <translation>%1 contrôles réussis sur %2</translation>
    </message>
    <message>
        <source>All scorecards</source>
        <comment>@action link</comment>
        <translation>Toutes les scorecards</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@info</comment>
        <translation>échoué</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <source>Name</source>
        <comment>@title:column</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@title:column</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title:column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@title:column</comment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@title:column</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <comment>@title:column</comment>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>@title:column</comment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>@title:column</comment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <comment>@action</comment>
        <translation>Trier par %1</translation>
    </message>
    <message>
        <source>No entity matches these filters.</source>
        <comment>@info</comment>
        <translation>Aucune entité ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The catalog is empty. Add a source in Settings.</source>
        <comment>@info</comment>
        <translation>Le catalogue est vide. Ajoutez une source dans les Paramètres.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Name</source>
        <comment>@title:column</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@title:column</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title:column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@title:column</comment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@title:column</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <comment>@title:column</comment>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>@title:column</comment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>@title:column</comment>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Kind</source>
        <comment>@title facet</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title facet</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <comment>@title facet</comment>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@title facet</comment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@title facet</comment>
        <translation>Système</translation>
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
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <comment>@action:button</comment>
        <translation>Afficher les %1</translation>
    </message>
</context>
<context>
    <name>HighlightedCode</name>
    <message>
        <source>Syntax highlighting is not available in this build.</source>
        <comment>@info</comment>
        <translation>La coloration syntaxique n&apos;est pas disponible dans cette version.</translation>
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
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Clusters</source>
        <comment>@title card</comment>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>reachable</source>
        <comment>@label</comment>
        <translation>joignable</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>@label</comment>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <comment>@action</comment>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>Components with Kubernetes objects</source>
        <comment>@title card</comment>
        <translation>Composants avec des objets Kubernetes</translation>
    </message>
    <message>
        <source>No catalog entity has a backstage.io/kubernetes-id or kubernetes-label-selector annotation.</source>
        <comment>@info</comment>
        <translation>Aucune entité du catalogue n&apos;a d&apos;annotation backstage.io/kubernetes-id ou kubernetes-label-selector.</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <comment>@info</comment>
        <translation>namespace %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <comment>@info</comment>
        <translation>cluster %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>healthy</source>
        <comment>@label</comment>
        <translation>sain</translation>
    </message>
    <message>
        <source>seen %1</source>
        <comment>@info</comment>
        <translation>vérifié : %1</translation>
    </message>
</context>
<context>
    <name>KubernetesStatus</name>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>No Kubernetes cluster is configured: add one to your kubeconfig or to an app-config file in Settings.</source>
        <translation>Aucun cluster Kubernetes n&apos;est configuré : ajoutez-en un à votre kubeconfig ou à un fichier app-config dans les Paramètres.</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>@info:age</comment>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>@info:age</comment>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>@info:age</comment>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>@info:age</comment>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
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
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Docs</source>
        <comment>@title:menu</comment>
        <translation>Docs</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>@title:menu</comment>
        <translation>Créer</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>@action palette command</comment>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Fetch every configured catalog source</source>
        <comment>@info palette item</comment>
        <translation>Récupérer toutes les sources du catalogue configurées</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>About</source>
        <comment>@title card</comment>
        <translation>À propos</translation>
    </message>
    <message>
        <source>No description.</source>
        <comment>@info</comment>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@label</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@label</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@label</comment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@label</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Domain</source>
        <comment>@label</comment>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>@label</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Namespace</source>
        <comment>@label</comment>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Defined in</source>
        <comment>@label</comment>
        <translation>Défini dans</translation>
    </message>
    <message>
        <source>Who owns this</source>
        <comment>@title card</comment>
        <translation>À qui cela appartient</translation>
    </message>
    <message>
        <source>Members</source>
        <comment>@title</comment>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Links</source>
        <comment>@title card</comment>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Annotations</source>
        <comment>@title card</comment>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Members</source>
        <comment>@title card</comment>
        <translation>Membres</translation>
    </message>
    <message>
        <source>No members.</source>
        <comment>@info</comment>
        <translation>Aucun membre.</translation>
    </message>
    <message>
        <source>Member of</source>
        <comment>@title card</comment>
        <translation>Membre de</translation>
    </message>
    <message>
        <source>Structure</source>
        <comment>@title card</comment>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>@label</comment>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Children</source>
        <comment>@label</comment>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Groups</source>
        <comment>@label</comment>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Owns (%1)</source>
        <comment>@title card</comment>
        <translation>Possède (%1)</translation>
    </message>
    <message>
        <source>Owns nothing in the catalog.</source>
        <comment>@info</comment>
        <translation>Ne possède rien dans le catalogue.</translation>
    </message>
    <message>
        <source>through %1</source>
        <comment>@info owned through a child group</comment>
        <translation>via %1</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <source>Go to page</source>
        <comment>@info palette item</comment>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>@title palette section</comment>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Entities</source>
        <comment>@title palette section</comment>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Docs</source>
        <comment>@title palette section</comment>
        <translation>Docs</translation>
    </message>
</context>
<context>
    <name>PluginContext</name>
    <message>
        <source>query(): unknown filter &quot;%1&quot;; use text, %2, annotation or limit</source>
        <comment>@info</comment>
        <translation>query() : filtre inconnu &quot;%1&quot; ; utilisez text, %2, annotation ou limit</translation>
    </message>
    <message>
        <source>openUrl(): refused &quot;%1&quot;: only http, https and mailto links open</source>
        <comment>@info</comment>
        <translation>openUrl() : &quot;%1&quot; refusé : seuls les liens http, https et mailto sont ouverts</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <comment>@info file:line: error thrown by a plugin callback</comment>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>httpGet(): no active plugin &quot;%1&quot;</source>
        <comment>@info</comment>
        <translation>httpGet() : aucun plugin actif &quot;%1&quot;</translation>
    </message>
    <message>
        <source>httpGet(): refused %1: the host is not in the plugin&apos;s http.allowedHosts</source>
        <comment>@info</comment>
        <translation>httpGet() : %1 refusé : l&apos;hôte ne figure pas dans le http.allowedHosts du plugin</translation>
    </message>
    <message>
        <source>httpGet(): refused the redirect to %1: the host is not in the plugin&apos;s http.allowedHosts</source>
        <comment>@info</comment>
        <translation>httpGet() : redirection vers %1 refusée : l&apos;hôte ne figure pas dans le http.allowedHosts du plugin</translation>
    </message>
    <message>
        <source>httpGet(): the answer is larger than %1 MiB</source>
        <comment>@info</comment>
        <translation>httpGet() : la réponse dépasse %1 Mio</translation>
    </message>
</context>
<context>
    <name>PluginRegistry</name>
    <message>
        <source>no system keychain is available; set $%1 instead</source>
        <comment>@info</comment>
        <translation>aucun trousseau système n&apos;est disponible ; définissez plutôt $%1</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <comment>@info</comment>
        <translation>%1 n&apos;a pas été enregistré : %2</translation>
    </message>
</context>
<context>
    <name>PluginView</name>
    <message>
        <source>%1 could not be created.</source>
        <comment>@info</comment>
        <translation>%1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1: plugin error</source>
        <comment>@title card</comment>
        <translation>%1 : erreur du plugin</translation>
    </message>
    <message>
        <source>The plugin “%1” stopped with an error; the rest of the page is not affected.</source>
        <comment>@info</comment>
        <translation>Le plugin « %1 » s&apos;est arrêté sur une erreur ; le reste de la page n&apos;est pas affecté.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in the catalog sources</source>
        <comment>@title:window</comment>
        <translation>Problèmes dans les sources du catalogue</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>This entity has no backstage.io/techdocs-ref annotation.</source>
        <translation>Cette entité n&apos;a pas d&apos;annotation backstage.io/techdocs-ref.</translation>
    </message>
    <message>
        <source>These docs live at %1: they are shown once a sync has fetched them.</source>
        <translation>Cette documentation se trouve à %1 : elle s&apos;affiche dès qu&apos;une synchronisation l&apos;a récupérée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info docs url: git error</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the folder %2 is not in the synced commit %3</source>
        <comment>@info</comment>
        <translation>%1 : le dossier %2 n&apos;est pas dans le commit synchronisé %3</translation>
    </message>
    <message>
        <source>%1: the docs folder is larger than Portolan copies out of Git (%2 files, %3 MiB)</source>
        <comment>@info</comment>
        <translation>%1 : le dossier de documentation dépasse ce que Portolan copie depuis Git (%2 fichiers, %3 Mio)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <comment>@info</comment>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <comment>@info</comment>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <comment>@info</comment>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>%1: backstage.io/techdocs-entity leads back to %2</source>
        <comment>@info</comment>
        <translation>%1 : backstage.io/techdocs-entity ramène à %2</translation>
    </message>
    <message>
        <source>%1: backstage.io/techdocs-entity names %2, which is not in the catalog</source>
        <comment>@info</comment>
        <translation>%1 : backstage.io/techdocs-entity désigne %2, absent du catalogue</translation>
    </message>
    <message>
        <source>%1: too many backstage.io/techdocs-entity hops</source>
        <comment>@info</comment>
        <translation>%1 : trop de renvois backstage.io/techdocs-entity</translation>
    </message>
</context>
<context>
    <name>RefList</name>
    <message>
        <source>none</source>
        <comment>@info</comment>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <source>Depth</source>
        <comment>@label</comment>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Graph depth</source>
        <comment>@label</comment>
        <translation>Profondeur du graphe</translation>
    </message>
    <message>
        <source>Direction</source>
        <comment>@label</comment>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Both ways</source>
        <comment>@item:inlistbox</comment>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>What it uses</source>
        <comment>@item:inlistbox</comment>
        <translation>Ce qu’il utilise</translation>
    </message>
    <message>
        <source>What uses it</source>
        <comment>@item:inlistbox</comment>
        <translation>Ce qui l’utilise</translation>
    </message>
    <message>
        <source>Kinds</source>
        <comment>@label</comment>
        <translation>Kinds</translation>
    </message>
    <message>
        <source>No relations.</source>
        <comment>@info</comment>
        <translation>Aucune relation.</translation>
    </message>
</context>
<context>
    <name>ScoreTallyModel</name>
    <message>
        <source>No owner</source>
        <comment>@label entities without an owner</comment>
        <translation>Sans propriétaire</translation>
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
        <translation>1 entité</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@label</comment>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 checks pass</source>
        <comment>@info:tooltip</comment>
        <translation>%1 : %2 contrôles réussis sur %3</translation>
    </message>
</context>
<context>
    <name>ScorecardChecks</name>
    <message>
        <source>Checks</source>
        <comment>@title card</comment>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>@title:column</comment>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Failing</source>
        <comment>@title:column</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Passing</source>
        <comment>@title:column</comment>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>applies to 1 entity</source>
        <comment>@info</comment>
        <translation>s&apos;applique à 1 entité</translation>
    </message>
    <message numerus="yes">
        <source>applies to %n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>s&apos;applique à %n entité</numerusform>
            <numerusform>s&apos;applique à %n entités</numerusform>
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
        <translation>Correction : %1</translation>
    </message>
</context>
<context>
    <name>ScorecardFailing</name>
    <message>
        <source>Failing “%1” (%2)</source>
        <comment>@title card</comment>
        <translation>En échec : « %1 » (%2)</translation>
    </message>
    <message>
        <source>Entities to fix (%1)</source>
        <comment>@title card</comment>
        <translation>Entités à corriger (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <comment>@info styled text</comment>
        <translation>&lt;b&gt;Correction :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Every entity it applies to passes this check.</source>
        <comment>@info</comment>
        <translation>Toutes les entités concernées réussissent ce contrôle.</translation>
    </message>
    <message>
        <source>Every entity passes every check that applies to it.</source>
        <comment>@info</comment>
        <translation>Chaque entité réussit tous les contrôles qui la concernent.</translation>
    </message>
    <message>
        <source>no owner</source>
        <comment>@info</comment>
        <translation>sans propriétaire</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@label checks passed of applicable</comment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <source>All owners</source>
        <comment>@item:inlistbox</comment>
        <translation>Tous les propriétaires</translation>
    </message>
    <message>
        <source>All kinds</source>
        <comment>@item:inlistbox</comment>
        <translation>Tous les kinds</translation>
    </message>
    <message>
        <source>No owner</source>
        <comment>@item:inlistbox</comment>
        <translation>Sans propriétaire</translation>
    </message>
    <message>
        <source>No owner</source>
        <comment>@label entities without an owner</comment>
        <translation>Sans propriétaire</translation>
    </message>
</context>
<context>
    <name>ScorecardReason</name>
    <message>
        <source>nothing</source>
        <comment>@info scorecard failure: the entity has no value</comment>
        <translation>rien</translation>
    </message>
    <message>
        <source>needs %1 to be set; found %2</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 what was found</comment>
        <translation>%1 doit être renseigné ; trouvé : %2</translation>
    </message>
    <message>
        <source>needs %1 to be absent; found %2</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 what was found</comment>
        <translation>%1 doit être absent ; trouvé : %2</translation>
    </message>
    <message>
        <source>needs %1 equal to %2; found %3</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 expected value, %3 what was found</comment>
        <translation>%1 doit valoir %2 ; trouvé : %3</translation>
    </message>
    <message>
        <source>needs %1 not equal to %2; found %3</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 value it must differ from, %3 what was found</comment>
        <translation>%1 doit être différent de %2 ; trouvé : %3</translation>
    </message>
    <message>
        <source>needs %1 greater than %2; found %3</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 the bound, %3 what was found</comment>
        <translation>%1 doit être supérieur à %2 ; trouvé : %3</translation>
    </message>
    <message>
        <source>needs %1 less than %2; found %3</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 the bound, %3 what was found</comment>
        <translation>%1 doit être inférieur à %2 ; trouvé : %3</translation>
    </message>
    <message>
        <source>needs %1 to contain %2; found %3</source>
        <comment>@info scorecard failure; %1 fact or JSONPath, %2 expected item, %3 what was found</comment>
        <translation>%1 doit contenir %2 ; trouvé : %3</translation>
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
        <translation>%1 : %2 %</translation>
    </message>
    <message>
        <source>No trend yet: a point is recorded after each sync.</source>
        <comment>@info</comment>
        <translation>Pas encore de tendance : un point est enregistré après chaque synchronisation.</translation>
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
            <numerusform>Règles %1 · %n contrôle</numerusform>
            <numerusform>Règles %1 · %n contrôles</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>@label filter</comment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@label filter</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <comment>@action:button</comment>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Score again</source>
        <comment>@action:button</comment>
        <translation>Réévaluer</translation>
    </message>
    <message>
        <source>Scoring the catalog…</source>
        <comment>@info</comment>
        <translation>Évaluation du catalogue…</translation>
    </message>
    <message>
        <source>The scorecard rules have problems</source>
        <comment>@title card</comment>
        <translation>Les règles des scorecards comportent des problèmes</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <comment>@title card</comment>
        <translation>Rien ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No rule applies to the catalog</source>
        <comment>@title card</comment>
        <translation>Aucune règle ne s&apos;applique au catalogue</translation>
    </message>
    <message>
        <source>The scores could not be saved</source>
        <comment>@title card</comment>
        <translation>Les scores n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <source>No scored entity has this owner and kind.</source>
        <comment>@info</comment>
        <translation>Aucune entité évaluée n&apos;a ce propriétaire et ce kind.</translation>
    </message>
    <message>
        <source>Checks apply to kinds such as Component, API and System. Add catalog sources in Settings, or rule files under ~/.config/portolan/scorecards/.</source>
        <comment>@info</comment>
        <translation>Les contrôles s&apos;appliquent à des kinds comme Component, API et System. Ajoutez des sources de catalogue dans les Paramètres, ou des fichiers de règles dans ~/.config/portolan/scorecards/.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <comment>@title card</comment>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <comment>@info</comment>
        <translation>%1 contrôles réussis sur %2</translation>
    </message>
    <message>
        <source>over 1 entity</source>
        <comment>@info</comment>
        <translation>sur 1 entité</translation>
    </message>
    <message numerus="yes">
        <source>over %n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>sur %n entité</numerusform>
            <numerusform>sur %n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole catalog</source>
        <comment>@label chart legend</comment>
        <translation>Catalogue entier</translation>
    </message>
    <message>
        <source>Syncs recorded: %1</source>
        <comment>@info</comment>
        <translation>Synchronisations enregistrées : %1</translation>
    </message>
    <message>
        <source>By owner</source>
        <comment>@title card</comment>
        <translation>Par propriétaire</translation>
    </message>
    <message>
        <source>No owner has scored entities of this kind.</source>
        <comment>@info</comment>
        <translation>Aucun propriétaire n&apos;a d&apos;entités évaluées de ce kind.</translation>
    </message>
    <message>
        <source>By kind</source>
        <comment>@title card</comment>
        <translation>Par kind</translation>
    </message>
    <message>
        <source>This owner has no scored entities.</source>
        <comment>@info</comment>
        <translation>Ce propriétaire n&apos;a aucune entité évaluée.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>You</source>
        <comment>@title card</comment>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Pick yourself among the catalog&apos;s users: &quot;Owned by me&quot; then shows what you and your groups own.</source>
        <comment>@info</comment>
        <translation>Choisissez-vous parmi les utilisateurs du catalogue : « M’appartenant » affiche alors ce qui appartient à vous et à vos groupes.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <comment>@item:inlistbox</comment>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <comment>@info</comment>
        <translation>Membre de : %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <comment>@title card</comment>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <comment>@option:radio</comment>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>@option:radio</comment>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>@option:radio</comment>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Catalog sources</source>
        <comment>@title card</comment>
        <translation>Sources du catalogue</translation>
    </message>
    <message>
        <source>In the catalog now:</source>
        <comment>@info</comment>
        <translation>Actuellement dans le catalogue :</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>Added here, read by the sync engine:</source>
        <comment>@info</comment>
        <translation>Ajoutées ici, lues par la synchronisation :</translation>
    </message>
    <message>
        <source>None yet.</source>
        <comment>@info</comment>
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <source>app-config</source>
        <comment>@label</comment>
        <translation>app-config</translation>
    </message>
    <message>
        <source>repository</source>
        <comment>@label</comment>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>app-config.yaml</source>
        <comment>@item:inlistbox</comment>
        <translation>app-config.yaml</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <comment>@item:inlistbox</comment>
        <translation>Dossier du dépôt</translation>
    </message>
    <message>
        <source>/path/to/app-config.yaml</source>
        <comment>@info:placeholder</comment>
        <translation>/chemin/vers/app-config.yaml</translation>
    </message>
    <message>
        <source>/path/to/repository</source>
        <comment>@info:placeholder</comment>
        <translation>/chemin/vers/depot</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>@action:button</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@title card</comment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Applies at once; the window is translated without a restart.</source>
        <comment>@info</comment>
        <translation>S’applique immédiatement ; la fenêtre est traduite sans redémarrage.</translation>
    </message>
    <message>
        <source>System</source>
        <comment>@item:inlistbox follow the system language</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>@title card</comment>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <comment>@action:button</comment>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <comment>@label:spinbox</comment>
        <translation>Synchroniser automatiquement toutes les</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>@label:spinbox unit</comment>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Plugins</source>
        <comment>@title card</comment>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>A plugin is a folder with a portolan-plugin.json, dropped into one of these folders (the first wins when two plugins share an id):</source>
        <comment>@info</comment>
        <translation>Un plugin est un dossier contenant un fichier portolan-plugin.json, placé dans l&apos;un de ces dossiers (si deux plugins ont le même id, le premier l&apos;emporte) :</translation>
    </message>
    <message>
        <source>No plugins found.</source>
        <comment>@info</comment>
        <translation>Aucun plugin trouvé.</translation>
    </message>
    <message>
        <source>active</source>
        <comment>@label plugin state</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>overridden</source>
        <comment>@label plugin state</comment>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>errors</source>
        <comment>@label plugin state</comment>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>broken</source>
        <comment>@label plugin state</comment>
        <translation>défectueux</translation>
    </message>
    <message>
        <source>$%1 overrides this.</source>
        <comment>@info:tooltip</comment>
        <translation>$%1 remplace cette valeur.</translation>
    </message>
    <message>
        <source>Read the plugin folders again</source>
        <comment>@action:button</comment>
        <translation>Relire les dossiers de plugins</translation>
    </message>
    <message>
        <source>C++ part</source>
        <comment>@label plugin with native code</comment>
        <translation>partie C++</translation>
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
        <translation>Ctrl+K  tout rechercher
Alt+←/→  précédent / suivant</translation>
    </message>
</context>
<context>
    <name>SourceTab</name>
    <message>
        <source>The source file is not readable from here (it may come from a remote location).</source>
        <comment>@info</comment>
        <translation>Le fichier source n&apos;est pas lisible d&apos;ici (il provient peut-être d&apos;un emplacement distant).</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>never synced</source>
        <comment>@info:status</comment>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>synced %1</source>
        <comment>@info:status</comment>
        <translation>synchronisé %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entities · %2</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%1 · %n entité · %2</numerusform>
            <numerusform>%1 · %n entités · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>sync failed</source>
        <comment>@info:status</comment>
        <translation>échec de la synchronisation</translation>
    </message>
    <message>
        <source>No catalog sources yet</source>
        <comment>@info:status</comment>
        <translation>Pas encore de source de catalogue</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>@info:status</comment>
        <translation>hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the sources</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n problème dans les sources</numerusform>
            <numerusform>%n problèmes dans les sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button stop the sync</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Fetch every configured source now (Ctrl+R)</source>
        <comment>@info:tooltip</comment>
        <translation>Récupérer maintenant toutes les sources configurées (Ctrl+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n entities from %1 sources</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n entité issue de %1 sources</numerusform>
            <numerusform>%n entités issues de %1 sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSourceRow</name>
    <message>
        <source>queued</source>
        <comment>@info:status sync phase</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>connecting…</source>
        <comment>@info:status sync phase</comment>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>fetching %1/%2 objects…</source>
        <comment>@info:status sync phase</comment>
        <translation>récupération de %1/%2 objets…</translation>
    </message>
    <message>
        <source>reading catalog files…</source>
        <comment>@info:status sync phase</comment>
        <translation>lecture des fichiers du catalogue…</translation>
    </message>
    <message>
        <source>saving…</source>
        <comment>@info:status sync phase</comment>
        <translation>enregistrement…</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>@info:status sync phase</comment>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>no changes</source>
        <comment>@info:status sync phase</comment>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@info:status sync phase</comment>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>@info:status sync phase</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button stop syncing this source</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>@info</comment>
        <translation>Synchronisé : %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <comment>@info</comment>
        <translation>Jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer configured; removed at the next full sync</source>
        <comment>@info</comment>
        <translation>n&apos;est plus configurée ; sera supprimée à la prochaine synchronisation complète</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <comment>@info</comment>
        <translation>Dernière erreur (%1) : %2</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync needs a catalog file; this catalog is in memory only.</source>
        <comment>@info:status</comment>
        <translation>La synchronisation nécessite un fichier de catalogue ; ce catalogue n&apos;existe qu&apos;en mémoire.</translation>
    </message>
    <message>
        <source>No sync sources configured: add an app-config.yaml or a repository folder in Settings.</source>
        <comment>@info:status</comment>
        <translation>Aucune source de synchronisation configurée : ajoutez un fichier app-config.yaml ou un dossier de dépôt dans les Paramètres.</translation>
    </message>
    <message>
        <source>Offline: no source could be reached; the catalog shows the last synced state.</source>
        <comment>@info:status</comment>
        <translation>Hors ligne : aucune source n&apos;a pu être jointe ; le catalogue affiche le dernier état synchronisé.</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>@info:status</comment>
        <translation>Synchronisé : %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <comment>@info:status</comment>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <comment>@info:status</comment>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Syncing %1: fetching %2/%3 objects…</source>
        <comment>@info:status</comment>
        <translation>Synchronisation de %1 : récupération de %2/%3 objets…</translation>
    </message>
    <message>
        <source>Syncing %1: connecting…</source>
        <comment>@info:status</comment>
        <translation>Synchronisation de %1 : connexion…</translation>
    </message>
    <message>
        <source>Syncing %1: reading catalog files…</source>
        <comment>@info:status</comment>
        <translation>Synchronisation de %1 : lecture des fichiers du catalogue…</translation>
    </message>
    <message>
        <source>Syncing %1: saving…</source>
        <comment>@info:status</comment>
        <translation>Synchronisation de %1 : enregistrement…</translation>
    </message>
    <message>
        <source>(%1 of %2 sources done)</source>
        <comment>@info:status</comment>
        <translation>(%1 sources terminées sur %2)</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>Owner: %1</source>
        <comment>@info</comment>
        <translation>Propriétaire : %1</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>@action:button</comment>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>No local template.yaml for this template</source>
        <comment>@info:tooltip</comment>
        <translation>Aucun fichier template.yaml local pour ce modèle</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>repository</source>
        <comment>@info:placeholder</comment>
        <translation>dépôt</translation>
    </message>
</context>
<context>
    <name>TemplateRunView</name>
    <message>
        <source>Dry run in progress…</source>
        <comment>@info</comment>
        <translation>Simulation en cours…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <comment>@info</comment>
        <translation>Création en cours…</translation>
    </message>
    <message>
        <source>Dry run finished: nothing was published or registered.</source>
        <comment>@info</comment>
        <translation>Simulation terminée : rien n&apos;a été publié ni enregistré.</translation>
    </message>
    <message>
        <source>Done: created in %1</source>
        <comment>@info</comment>
        <translation>Terminé : créé dans %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>@info</comment>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Files the template produces (%1)</source>
        <comment>@title card</comment>
        <translation>Fichiers produits par le modèle (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <comment>@title card</comment>
        <translation>Fichiers (%1)</translation>
    </message>
    <message>
        <source>Output</source>
        <comment>@title card</comment>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Open %1 in catalog</source>
        <comment>@action:button</comment>
        <translation>Ouvrir %1 dans le catalogue</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <comment>@info</comment>
        <translation>Sélectionnez un fichier pour le prévisualiser.</translation>
    </message>
</context>
<context>
    <name>TemplateWizard</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>@title step</comment>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>@title step</comment>
        <translation>Exécution</translation>
    </message>
    <message numerus="yes">
        <source>(binary file, %n bytes)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>(fichier binaire, %n octet)</numerusform>
            <numerusform>(fichier binaire, %n octets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… (%n bytes more)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>
… (%n octet de plus)</numerusform>
            <numerusform>
… (%n octets de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>app-config: %1</source>
        <comment>@info</comment>
        <translation>app-config : %1</translation>
    </message>
</context>
<context>
    <name>TemplateWizardPage</name>
    <message>
        <source>Create the project in</source>
        <comment>@title:window</comment>
        <translation>Créer le projet dans</translation>
    </message>
    <message>
        <source>All templates</source>
        <comment>@info:tooltip</comment>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Create the project in</source>
        <comment>@label</comment>
        <translation>Créer le projet dans</translation>
    </message>
    <message>
        <source>Browse…</source>
        <comment>@action:button</comment>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Start over</source>
        <comment>@action:button</comment>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>@action:button</comment>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Dry run</source>
        <comment>@action:button</comment>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>@action:button</comment>
        <translation>Créer</translation>
    </message>
</context>
</TS>
