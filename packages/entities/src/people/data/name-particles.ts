/**
 * Lower-case words that sit inside a name between capitalised parts ("Ursula von der Leyen",
 * "Lula da Silva", "Mohammed bin Salman"), or that lead a name ("von der Leyen"). A particle is
 * never a name on its own and never a short form of one. Capitalised forms ("Al Thani") count too.
 */
export interface NameParticleRow {
  readonly particle: string;
  readonly example: string;
  readonly person: string;
}

export const NAME_PARTICLES: readonly NameParticleRow[] = [
  { particle: 'von', example: 'Commission President Ursula von der Leyen said the deal was fair.', person: 'Ursula von der Leyen' },
  { particle: 'der', example: 'Minister Jan van der Berg said the talks went well.', person: 'Jan van der Berg' },
  { particle: 'van', example: 'Minister Rob van Gijzel said trade grew.', person: 'Rob van Gijzel' },
  { particle: 'den', example: 'Minister Joost van den Akker said trade grew.', person: 'Joost van den Akker' },
  { particle: 'de', example: 'Minister Ana de Castro said trade grew.', person: 'Ana de Castro' },
  { particle: 'del', example: 'Minister Carlos del Pino said trade grew.', person: 'Carlos del Pino' },
  { particle: 'della', example: 'Minister Marco della Rovere said trade grew.', person: 'Marco della Rovere' },
  { particle: 'di', example: 'Minister Luigi di Maio said trade grew.', person: 'Luigi di Maio' },
  { particle: 'da', example: 'President Luiz Inácio Lula da Silva said trade grew.', person: 'Luiz Inácio Lula da Silva' },
  { particle: 'das', example: 'Minister Rui das Neves said trade grew.', person: 'Rui das Neves' },
  { particle: 'dos', example: 'President José Eduardo dos Santos said trade grew.', person: 'José Eduardo dos Santos' },
  { particle: 'du', example: 'Minister Pierre du Pont said trade grew.', person: 'Pierre du Pont' },
  { particle: 'la', example: 'Minister Pedro de la Rosa said trade grew.', person: 'Pedro de la Rosa' },
  { particle: 'le', example: 'Minister Jean le Roux said trade grew.', person: 'Jean le Roux' },
  { particle: 'bin', example: 'Crown Prince Mohammed bin Salman said trade grew.', person: 'Mohammed bin Salman' },
  { particle: 'bint', example: 'Princess Reema bint Bandar said trade grew.', person: 'Reema bint Bandar' },
  { particle: 'binti', example: 'Minister Siti Aminah binti Abdullah said trade grew.', person: 'Siti Aminah binti Abdullah' },
  { particle: 'ibn', example: 'Minister Khalid ibn Saud said trade grew.', person: 'Khalid ibn Saud' },
  { particle: 'al', example: 'Minister Faisal al Mekdad said trade grew.', person: 'Faisal al Mekdad' },
  { particle: 'Al', example: 'Emir Tamim bin Hamad Al Thani said trade grew.', person: 'Tamim bin Hamad Al Thani' },
  { particle: 'el', example: 'Minister Ahmed el Tayeb said trade grew.', person: 'Ahmed el Tayeb' },
  { particle: 'ter', example: 'Minister Ronald ter Horst said trade grew.', person: 'Ronald ter Horst' },
  { particle: 'ten', example: 'Minister Hans ten Cate said trade grew.', person: 'Hans ten Cate' },
  { particle: 'zu', example: 'Minister Karl zu Guttenberg said trade grew.', person: 'Karl zu Guttenberg' },
];
