// The browser editor's start: Decap CMS's Danish words, with the few a council editor reads most
// put in this project's words, then Decap starts with /config.yml (generated from the schemas).
// Served only by npm run editor (scripts/editor/server.ts).
/* global CMS */
(function start() {
  const words = {
    collection: { collectionTop: { newButton: 'Ny %{collectionLabel}', newButtonAriaLabel: 'Ny %{collectionLabel}' } },
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
  // Decap writes a failed save's reason after the name of its error class ("API_ERROR: ..."); an
  // editor reads only the reason, which is the content check's Danish text.
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const node of change.addedNodes) {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        for (let text = node.nodeType === Node.TEXT_NODE ? node : walker.nextNode(); text; text = walker.nextNode()) {
          if (text.data.includes('API_ERROR: ')) text.data = text.data.replace('API_ERROR: ', '');
        }
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
  // A field the editor emptied is left out of the file, as the command-line tools leave out a field
  // without a value (the schemas have no empty optional fields: "adoptedOn: ''" is not a date).
  function withoutEmpty(value) {
    if (!value || typeof value.filter !== 'function' || typeof value.map !== 'function' || !value.toJS) return value;
    const isMap = typeof value.keySeq === 'function' && !Array.isArray(value.toJS());
    const cleaned = value.map(withoutEmpty);
    return isMap ? cleaned.filter((v) => v !== '' && v !== null && v !== undefined && !(v && v.size === 0 && typeof v.keySeq === 'function' && !Array.isArray(v.toJS()))) : cleaned;
  }
  // A required true/false switch the editor never touched is off: saved as false (paths from the
  // schemas, /required-switches.json; "*" is every item of a list).
  function switchedOff(value, path) {
    if (!value || typeof value.get !== 'function') return value;
    const [head, ...rest] = path;
    if (head === '*') return value.map((item) => switchedOff(item, rest));
    if (rest.length === 0) return value.get(head) === undefined || value.get(head) === null ? value.set(head, false) : value;
    return value.get(head) === undefined ? value : value.set(head, switchedOff(value.get(head), rest));
  }
  fetch('/required-switches.json')
    .then((response) => response.json())
    .then((switches) => {
      CMS.registerEventListener({
        name: 'preSave',
        handler: ({ entry }) => (switches[entry.get('collection')] || []).reduce(switchedOff, withoutEmpty(entry.get('data'))),
      });
      CMS.init();
    });
})();
