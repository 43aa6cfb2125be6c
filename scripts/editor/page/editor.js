// The browser editor's start: Decap CMS's Danish words, with the few a council editor reads most
// put in this project's words, then Decap starts with /config.yml (generated from the schemas).
// Served only by npm run editor (scripts/editor/server.ts).
/* global CMS */
(function start() {
  const words = {
    collection: { collectionTop: { newButton: 'Ny %{collectionLabel}' } },
    editor: {
      editorControlPane: {
        widget: {
          required: '»%{fieldLabel}« skal udfyldes.',
          regexPattern: '»%{fieldLabel}« er ikke skrevet rigtigt: feltet skal være %{pattern}.',
        },
      },
      editorToolbar: {
        publish: 'Gem',
        published: 'Gemt',
        publishing: 'Gemmer …',
        publishNow: 'Gem nu',
        publishAndCreateNew: 'Gem og opret ny',
        publishAndDuplicate: 'Gem og kopiér',
        duplicate: 'Kopiér',
        deletePublishedEntry: 'Slet filen',
        deleteEntry: 'Slet filen',
      },
    },
    ui: {
      toast: {
        onFailToPersist: 'Filen er ikke gemt. %{details}',
        entryPublished: 'Filen er gemt',
        entrySaved: 'Filen er gemt',
      },
    },
  };
  function merge(target, source) {
    for (const [key, value] of Object.entries(source)) {
      target[key] = value && typeof value === 'object' ? merge({ ...(target[key] || {}) }, value) : value;
    }
    return target;
  }
  CMS.registerLocale('da', merge(structuredClone(CMS.getLocale('da')), words));
  CMS.init();
})();
