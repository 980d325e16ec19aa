// Name material for generated people. Russian surnames and patronymics come in male/female
// pairs, so that «Анна Петровна Смирнова» and «Иван Петрович Смирнов» are both spelled right.
// The tables are written as `;`-separated text to keep this file readable.

export type Gendered = { male: string; female: string };

function items(text: string): string[] {
  return text
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** `male/female` items; a single form with an `а` ending added when no pair is given. */
function genderedItems(text: string): Gendered[] {
  return items(text).map((item) => {
    const [male = '', female] = item.split('/');
    return { male, female: female ?? `${male}а` };
  });
}

export const RUSSIAN_MALE_NAMES = items(`
  Александр; Алексей; Андрей; Антон; Артём; Борис; Вадим; Валерий; Василий; Виктор; Виталий;
  Владимир; Владислав; Геннадий; Георгий; Глеб; Григорий; Даниил; Денис; Дмитрий; Евгений; Егор;
  Иван; Игорь; Илья; Кирилл; Константин; Леонид; Максим; Михаил; Никита; Николай; Олег; Павел;
  Пётр; Роман; Руслан; Семён; Сергей; Степан; Тимофей; Фёдор; Юрий; Ярослав`);

export const RUSSIAN_FEMALE_NAMES = items(`
  Александра; Алина; Алла; Анастасия; Анна; Валентина; Валерия; Вера; Виктория; Галина; Дарья;
  Диана; Евгения; Екатерина; Елена; Елизавета; Жанна; Зоя; Инна; Ирина; Карина; Ксения; Лариса;
  Людмила; Маргарита; Марина; Мария; Надежда; Наталья; Нина; Оксана; Ольга; Полина; Светлана;
  София; Тамара; Татьяна; Ульяна; Юлия; Яна`);

export const RUSSIAN_SURNAMES = genderedItems(`
  Иванов; Смирнов; Кузнецов; Попов; Васильев; Петров; Соколов; Михайлов; Новиков; Фёдоров;
  Морозов; Волков; Алексеев; Лебедев; Семёнов; Егоров; Павлов; Козлов; Степанов; Николаев;
  Орлов; Андреев; Макаров; Никитин; Захаров; Зайцев; Соловьёв; Борисов; Яковлев; Григорьев;
  Романов; Воробьёв; Сергеев; Кузьмин; Фролов; Александров; Дмитриев; Королёв; Гусев; Киселёв;
  Ильин; Максимов; Поляков; Сорокин; Виноградов; Ковалёв; Белов; Медведев; Антонов; Тарасов;
  Жуков; Баранов; Филиппов; Комаров; Давыдов; Беляев; Герасимов; Богданов; Осипов; Сидоров;
  Матвеев; Титов; Марков; Миронов; Крутой/Крутая; Островский/Островская;
  Вишневский/Вишневская; Толстой/Толстая; Черных/Черных`);

export const RUSSIAN_PATRONYMICS = genderedItems(`
  Александрович/Александровна; Алексеевич/Алексеевна; Андреевич/Андреевна; Борисович/Борисовна;
  Викторович/Викторовна; Владимирович/Владимировна; Дмитриевич/Дмитриевна;
  Евгеньевич/Евгеньевна; Иванович/Ивановна; Игоревич/Игоревна; Михайлович/Михайловна;
  Николаевич/Николаевна; Олегович/Олеговна; Павлович/Павловна; Петрович/Петровна;
  Сергеевич/Сергеевна; Юрьевич/Юрьевна; Фёдорович/Фёдоровна`);

export const ENGLISH_FIRST_NAMES = items(`
  James; John; Robert; Michael; William; David; Richard; Thomas; Daniel; Matthew; Mary; Patricia;
  Jennifer; Linda; Elizabeth; Susan; Jessica; Sarah; Karen; Emily; Oliver; Harry; George; Amelia;
  Olivia; Sophie; Grace; Peter`);

export const ENGLISH_SURNAMES = items(`
  Smith; Johnson; Williams; Brown; Jones; Miller; Davis; Wilson; Anderson; Taylor; Thomas; Moore;
  Martin; Jackson; White; Harris; Clark; Lewis; Walker; Hall; Young; King; Wright; Scott; Green;
  Baker; Adams; Parker`);

export const RUSSIAN_DEPARTMENTS = items(`
  Разработка; Бухгалтерия; Отдел продаж; Служба поддержки; Маркетинг; Отдел кадров;
  Юридический отдел; Администрация; Логистика; Отдел выпуска документации; ИТ-инфраструктура`);

export const RUSSIAN_TITLES = items(`
  Инженер-программист; Ведущий инженер; Бухгалтер; Главный бухгалтер; Менеджер по продажам;
  Специалист поддержки; Руководитель отдела; Аналитик; Технический писатель; Юрист; Дизайнер;
  Системный администратор; Тестировщик; Менеджер проектов; Специалист по кадрам; Секретарь`);

export const ENGLISH_DEPARTMENTS = items('Development; Sales; Support; Marketing; Legal');

export const ENGLISH_TITLES = items(`
  Software Engineer; Sales Manager; Support Engineer; Product Manager; Consultant; Designer;
  QA Engineer; Technical Writer`);

export const RUSSIAN_CITIES = items(`
  Москва; Санкт-Петербург; Новосибирск; Екатеринбург; Казань; Нижний Новгород; Самара; Уфа;
  Краснодар; Томск; Иннополис`);

export const ENGLISH_CITIES = items('London; Dubai; Berlin; Belgrade; Yerevan');

export const DESCRIPTIONS = items(`
  Стажёр; Работает удалённо; В отпуске до конца месяца; Внешний консультант;
  Наставник новых сотрудников`);

/** Area codes of Russian cities, for believable work phone numbers. */
export const PHONE_AREA_CODES = items('495; 499; 812; 383; 343; 843; 831; 846');
