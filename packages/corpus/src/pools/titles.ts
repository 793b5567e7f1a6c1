/**
 * Titles written before a person's name ("Prime Minister Narendra Modi"): a name after one of
 * these is replaced by an invented one. Each row: the title and an example a test runs.
 */
export const TITLES_BEFORE_NAMES: readonly (readonly [title: string, example: string])[] = [
  ['President', 'President Amara Okonkwo'],
  ['Vice President', 'Vice President Sofia Lindqvist'],
  ['Prime Minister', 'Prime Minister Arvind Mehta'],
  ['Premier', 'Premier Chen Mingde'],
  ['Chancellor', 'Chancellor Karl-Heinz von Bredow'],
  ['King', 'King Tevita Taufa'],
  ['Queen', 'Queen Margaret Whitfield'],
  ['Emir', 'Emir Faisal bin Khalid Al Nahyan'],
  ['Crown Prince', 'Crown Prince Omar Al-Farsi'],
  ['Sultan', 'Sultan Hassan El Amrani'],
  ['Foreign Minister', 'Foreign Minister Giorgi Beridze'],
  ['Minister', 'Minister Petra Novotná'],
  ['Secretary-General', 'Secretary-General Ingrid Halvorsen'],
  ['Secretary General', 'Secretary General Ingrid Halvorsen'],
  ['Director-General', 'Director-General Ngozi Adeyemi'],
  ['Chairman', 'Chairman Batbayar Ganbold'],
  ['Chairperson', 'Chairperson Fatou Diop'],
  ['Governor', 'Governor Liam MacGregor'],
  ['Ambassador', 'Ambassador Rūta Jankauskienė'],
  ['Commissioner', 'Commissioner Giulia Ferraro'],
  ['Mayor', 'Mayor Camila Echeverría'],
  ['Spokesperson', 'Spokesperson Layla Haddad'],
  ['Professor', 'Professor Haruto Nakamura'],
  ['Dr.', 'Dr. Abebe Tesfaye'],
];

/** Lower-case roles written after a name ("Ingrid Halvorsen, secretary-general of …"). */
export const ROLES_AFTER_NAMES: readonly string[] = [
  'president',
  'vice president',
  'prime minister',
  'secretary-general',
  'director',
  'director-general',
  'minister',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chairman',
  'chair',
  'professor',
  'ambassador',
  'head',
  'chief',
  'governor',
  'mayor',
  'researcher',
  'senior',
  'deputy',
];

/** Name particles that may sit inside a name ("Ursula von der Leyen", "bin Salman"). */
export const NAME_PARTICLES: readonly string[] = ['von', 'van', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'du', 'di', 'del', 'la', 'le', 'bin', 'bint', 'ibn', 'al', 'el'];
