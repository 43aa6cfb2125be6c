/** Danish names of the practice-example themes; an unknown theme id is shown with its hyphens as spaces. */
const labels: Record<string, string> = {
  udredning: 'Udredning',
  kvalitet: 'Kvalitet',
  'maaling-og-dokumentation': 'Måling og dokumentation',
  samarbejdsaftaler: 'Samarbejdsaftaler',
  myndighedsafgoerelse: 'Myndighedsafgørelse',
  handleplan: 'Handleplan',
  koordinering: 'Koordinering',
  tovholder: 'Tovholder og case management',
  beskaeftigelse: 'Beskæftigelse',
  psykiatri: 'Psykiatri',
  somatik: 'Somatisk sygehus',
  kriminalforsorgen: 'Kriminalforsorgen',
  'praktiserende-laeger': 'Praktiserende læger',
  'tidlig-indsats': 'Tidlig indsats',
  unge: 'Unge',
  'gravide-og-familier': 'Gravide og familier',
  paaroerende: 'Pårørende',
  brugerinddragelse: 'Brugerinddragelse',
  tilgaengelighed: 'Tilgængelighed',
  klage: 'Klage',
};

export function themeLabel(id: string): string {
  const label = labels[id];
  if (label) return label;
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
