import type { Sex } from '../../domain/iin.js';
import type { SeededRandom } from './random.js';

export interface PersonName {
  lastName: string;
  firstName: string;
  middleName: string | null;
}

/** Surnames with a male -ов/-ев/-ин form; the female form adds "а". */
const KAZAKH_SUFFIXED_SURNAMES = [
  'Ахметов', 'Үмбетов', 'Оспанов', 'Қасымов', 'Төлеуов', 'Бекмұратов', 'Ермеков', 'Ғабитов', 'Сәрсенбаев',
  'Мұхамеджанов', 'Құдайбергенов', 'Жақыпов', 'Нұрмағамбетов', 'Әлиев', 'Ізбасаров', 'Смағұлов', 'Шәкенов', 'Қалиев',
];

/** Surnames without a suffix, the same for men and women. */
const KAZAKH_PLAIN_SURNAMES = ['Сейтқали', 'Жұмабек', 'Әбдірахман', 'Серікбай', 'Нұрғали', 'Қуандық', 'Ерболат', 'Мұратбек'];

const KAZAKH_MALE_NAMES = [
  'Ұлан', 'Нұрсұлтан', 'Әлихан', 'Ернұр', 'Айбек', 'Арман', 'Бекарыс', 'Диас', 'Ерасыл', 'Санжар', 'Темірлан', 'Мирас',
  'Әмір', 'Алдияр', 'Нұрислам', 'Ақжол', 'Рахат', 'Өмірзақ', 'Ілияс', 'Жәнібек', 'Қуаныш', 'Шыңғыс',
];

const KAZAKH_FEMALE_NAMES = [
  'Іңкәр', 'Айгерім', 'Аружан', 'Әсел', 'Жансая', 'Аяулым', 'Томирис', 'Дильназ', 'Мөлдір', 'Ақбота', 'Айзере',
  'Нұрай', 'Медина', 'Гүлназ', 'Жұлдыз', 'Сымбат', 'Үміт', 'Ұлжан', 'Ләззат', 'Ғалия', 'Қарлығаш', 'Шұғыла',
];

/** Fathers' names from which the patronymic is built: Серік gives Серікұлы and Серікқызы. */
const KAZAKH_FATHER_NAMES = ['Серік', 'Ерлан', 'Бауыржан', 'Нұрлан', 'Асқар', 'Қайрат', 'Мұрат', 'Дәурен', 'Ержан', 'Талғат', 'Бекзат', 'Әділ', 'Ғалым', 'Төлеген'];

const RUSSIAN_SURNAMES = ['Иванов', 'Ковалёв', 'Петров', 'Смирнов', 'Кузнецов', 'Морозов', 'Волков', 'Соколов', 'Лебедев', 'Фёдоров'];

const RUSSIAN_MALE_NAMES = ['Александр', 'Дмитрий', 'Максим', 'Артём', 'Иван', 'Кирилл', 'Никита', 'Егор', 'Михаил', 'Андрей'];

const RUSSIAN_FEMALE_NAMES = ['Анна', 'Мария', 'Полина', 'Виктория', 'Дарья', 'Алина', 'София', 'Ксения', 'Ольга', 'Елизавета'];

/** Russian patronymics as [male, female] forms. */
const RUSSIAN_PATRONYMICS: [string, string][] = [
  ['Сергеевич', 'Сергеевна'],
  ['Андреевич', 'Андреевна'],
  ['Владимирович', 'Владимировна'],
  ['Александрович', 'Александровна'],
  ['Игоревич', 'Игоревна'],
  ['Олегович', 'Олеговна'],
  ['Николаевич', 'Николаевна'],
];

/** Generates a synthetic full name: about 9 in 10 Kazakh, the others Russian; a few have no patronymic. */
export function generateName(random: SeededRandom, sex: Sex): PersonName {
  const name = random.chance(0.88) ? kazakhName(random, sex) : russianName(random, sex);
  if (random.chance(0.04)) name.middleName = null;
  return name;
}

function kazakhName(random: SeededRandom, sex: Sex): PersonName {
  const male = sex === 'male';

  const lastName = random.chance(0.75) ? withFemaleEnding(random.pick(KAZAKH_SUFFIXED_SURNAMES), male) : random.pick(KAZAKH_PLAIN_SURNAMES);
  const firstName = random.pick(male ? KAZAKH_MALE_NAMES : KAZAKH_FEMALE_NAMES);
  const middleName = random.pick(KAZAKH_FATHER_NAMES) + (male ? 'ұлы' : 'қызы');

  return { lastName, firstName, middleName };
}

function russianName(random: SeededRandom, sex: Sex): PersonName {
  const male = sex === 'male';

  const lastName = withFemaleEnding(random.pick(RUSSIAN_SURNAMES), male);
  const firstName = random.pick(male ? RUSSIAN_MALE_NAMES : RUSSIAN_FEMALE_NAMES);
  const [malePatronymic, femalePatronymic] = random.pick(RUSSIAN_PATRONYMICS);

  return { lastName, firstName, middleName: male ? malePatronymic : femalePatronymic };
}

function withFemaleEnding(maleSurname: string, male: boolean): string {
  return male ? maleSurname : `${maleSurname}а`;
}
