// Russia: the 89 federal subjects with their administrative centres and a few more large cities.
// Sources and update procedure: README.md in this folder. Body names are generated in ru-bodies.ts.
import type { City, Region } from './types.ts';

/** [id, nominative, English, name forms, capital or null, extra cities]. A city: [id, ru, genitive, en, forms]. */
type CityRow = [id: string, ru: string, gen: string, en: string, forms: string[]];
type SubjectRow = [id: string, ru: string, en: string, forms: string[], capital: CityRow | null, more?: CityRow[]];

const SUBJECT_ROWS: SubjectRow[] = [
  ['ru-ad', 'Республика Адыгея', 'Republic of Adygea', ['Адыге*'], ['ru-maykop', 'Майкоп', 'Майкопа', 'Maykop', ['Майкоп*']]],
  ['ru-al', 'Республика Алтай', 'Altai Republic', ['{респ} Алтай'], ['ru-gorno-altaysk', 'Горно-Алтайск', 'Горно-Алтайска', 'Gorno-Altaysk', ['Горно-Алтайск*']]],
  ['ru-ba', 'Республика Башкортостан', 'Republic of Bashkortostan', ['Башкортостан*', 'Башкири*', 'Bashkortostan'], ['ru-ufa', 'Уфа', 'Уфы', 'Ufa', ['Уфа', 'Уфе', 'Уфы', 'Уфу', 'Уфой', 'Ufa']]],
  ['ru-bu', 'Республика Бурятия', 'Republic of Buryatia', ['Бурят*', 'Buryatia'], ['ru-ulan-ude', 'Улан-Удэ', 'Улан-Удэ', 'Ulan-Ude', ['Улан-Удэ', 'Ulan-Ude']]],
  ['ru-da', 'Республика Дагестан', 'Republic of Dagestan', ['Дагестан*', 'Dagestan'], ['ru-makhachkala', 'Махачкала', 'Махачкалы', 'Makhachkala', ['Махачкал*', 'Makhachkala']]],
  ['ru-in', 'Республика Ингушетия', 'Republic of Ingushetia', ['Ингушети*', 'Ingushetia'], ['ru-magas', 'Магас', 'Магаса', 'Magas', ['Магас*']], [['ru-nazran', 'Назрань', 'Назрани', 'Nazran', ['Назран*']]]],
  ['ru-kb', 'Кабардино-Балкарская Республика', 'Kabardino-Balkarian Republic', ['Кабардино-Балкари*', 'КБР'], ['ru-nalchik', 'Нальчик', 'Нальчика', 'Nalchik', ['Нальчик*', 'Nalchik']]],
  ['ru-kl', 'Республика Калмыкия', 'Republic of Kalmykia', ['Калмыки*'], ['ru-elista', 'Элиста', 'Элисты', 'Elista', ['Элист*', 'Elista']]],
  ['ru-kc', 'Карачаево-Черкесская Республика', 'Karachay-Cherkess Republic', ['Карачаево-Черкеси*', 'КЧР'], ['ru-cherkessk', 'Черкесск', 'Черкесска', 'Cherkessk', ['Черкесск*']]],
  ['ru-kr', 'Республика Карелия', 'Republic of Karelia', ['Карели*', 'Karelia'], ['ru-petrozavodsk', 'Петрозаводск', 'Петрозаводска', 'Petrozavodsk', ['Петрозаводск*', 'Petrozavodsk']]],
  ['ru-ko', 'Республика Коми', 'Komi Republic', ['{респ} Коми', 'Komi Republic'], ['ru-syktyvkar', 'Сыктывкар', 'Сыктывкара', 'Syktyvkar', ['Сыктывкар*', 'Syktyvkar']]],
  ['ru-cr', 'Республика Крым', 'Republic of Crimea', ['Крым*', 'Crimea'], ['ru-simferopol', 'Симферополь', 'Симферополя', 'Simferopol', ['Симферопол*', 'Simferopol']]],
  ['ru-me', 'Республика Марий Эл', 'Mari El Republic', ['Марий Эл', 'Mari El'], ['ru-yoshkar-ola', 'Йошкар-Ола', 'Йошкар-Олы', 'Yoshkar-Ola', ['Йошкар-Ол*', 'Yoshkar-Ola']]],
  ['ru-mo', 'Республика Мордовия', 'Republic of Mordovia', ['Мордови*', 'Mordovia'], ['ru-saransk', 'Саранск', 'Саранска', 'Saransk', ['Саранск*', 'Saransk']]],
  ['ru-sa', 'Республика Саха (Якутия)', 'Sakha Republic (Yakutia)', ['Якути*', '{респ} Саха', 'Yakutia'], ['ru-yakutsk', 'Якутск', 'Якутска', 'Yakutsk', ['Якутск*', 'Yakutsk']]],
  ['ru-se', 'Республика Северная Осетия — Алания', 'Republic of North Ossetia–Alania', ['Северн* Осети*', 'North Ossetia'], ['ru-vladikavkaz', 'Владикавказ', 'Владикавказа', 'Vladikavkaz', ['Владикавказ*', 'Vladikavkaz']]],
  ['ru-ta', 'Республика Татарстан', 'Republic of Tatarstan', ['Татарстан*', 'Tatarstan'], ['ru-kazan', 'Казань', 'Казани', 'Kazan', ['!Казан*', 'Kazan']], [['ru-naberezhnye-chelny', 'Набережные Челны', 'Набережных Челнов', 'Naberezhnye Chelny', ['Набережн* Челн*']]]],
  ['ru-ty', 'Республика Тыва', 'Tuva Republic', ['Тыв*', 'Тува', 'Туве', 'Tuva'], ['ru-kyzyl', 'Кызыл', 'Кызыла', 'Kyzyl', ['Кызыл', 'Кызыле', 'Кызыла']]],
  ['ru-ud', 'Удмуртская Республика', 'Udmurt Republic', ['Удмурти*', 'Удмуртск* {респ}', 'Udmurtia'], ['ru-izhevsk', 'Ижевск', 'Ижевска', 'Izhevsk', ['Ижевск*', 'Izhevsk']]],
  ['ru-kk', 'Республика Хакасия', 'Republic of Khakassia', ['Хакаси*', 'Khakassia'], ['ru-abakan', 'Абакан', 'Абакана', 'Abakan', ['Абакан*', 'Abakan']]],
  ['ru-ce', 'Чеченская Республика', 'Chechen Republic', ['Чечн*', 'Чеченск* {респ}', 'Chechnya'], ['ru-grozny', 'Грозный', 'Грозного', 'Grozny', ['Грозный', 'Грозном', 'Грозного', 'Grozny']]],
  ['ru-cu', 'Чувашская Республика — Чувашия', 'Chuvash Republic', ['Чуваши*', 'Чувашск* {респ}', 'Chuvashia'], ['ru-cheboksary', 'Чебоксары', 'Чебоксар', 'Cheboksary', ['Чебоксар*', 'Cheboksary']]],
  ['ru-dnr', 'Донецкая Народная Республика', "Donetsk People's Republic", ['ДНР', 'Донецк* Народн* {респ}'], ['ru-donetsk', 'Донецк', 'Донецка', 'Donetsk', ['Донецк*', 'Donetsk']], [['ru-mariupol', 'Мариуполь', 'Мариуполя', 'Mariupol', ['Мариупол*']]]],
  ['ru-lnr', 'Луганская Народная Республика', "Luhansk People's Republic", ['ЛНР', 'Луганск* Народн* {респ}'], ['ru-luhansk', 'Луганск', 'Луганска', 'Luhansk', ['Луганск*', 'Luhansk', 'Lugansk']]],
  ['ru-alt', 'Алтайский край', 'Altai Krai', ['Алтайск* {кр}', 'Altai Krai'], ['ru-barnaul', 'Барнаул', 'Барнаула', 'Barnaul', ['Барнаул*', 'Barnaul']]],
  ['ru-zab', 'Забайкальский край', 'Zabaykalsky Krai', ['Забайкальск* {кр}', 'Забайкаль*'], ['ru-chita', 'Чита', 'Читы', 'Chita', ['!Чит*', 'Chita']]],
  ['ru-kam', 'Камчатский край', 'Kamchatka Krai', ['Камчатск* {кр}', 'Камчатк*', 'Kamchatka'], ['ru-petropavlovsk-kamchatsky', 'Петропавловск-Камчатский', 'Петропавловска-Камчатского', 'Petropavlovsk-Kamchatsky', ['Петропавловск*-Камчатск*', 'Petropavlovsk-Kamchatsky']]],
  ['ru-kda', 'Краснодарский край', 'Krasnodar Krai', ['Краснодарск* {кр}', 'Кубан*', 'Kuban'], ['ru-krasnodar', 'Краснодар', 'Краснодара', 'Krasnodar', ['Краснодар*', 'Krasnodar']], [['ru-sochi', 'Сочи', 'Сочи', 'Sochi', ['!Сочи', 'Sochi']], ['ru-novorossiysk', 'Новороссийск', 'Новороссийска', 'Novorossiysk', ['Новороссийск*']]]],
  ['ru-kya', 'Красноярский край', 'Krasnoyarsk Krai', ['Красноярск* {кр}', 'Krasnoyarsk Krai'], ['ru-krasnoyarsk', 'Красноярск', 'Красноярска', 'Krasnoyarsk', ['Красноярск*', 'Krasnoyarsk']], [['ru-norilsk', 'Норильск', 'Норильска', 'Norilsk', ['Норильск*']]]],
  ['ru-per', 'Пермский край', 'Perm Krai', ['Пермск* {кр}', 'Прикамь*', 'Perm Krai'], ['ru-perm', 'Пермь', 'Перми', 'Perm', ['!Перм*', 'Perm']]],
  ['ru-pri', 'Приморский край', 'Primorsky Krai', ['Приморск* {кр}', 'Приморь*', 'Primorye'], ['ru-vladivostok', 'Владивосток', 'Владивостока', 'Vladivostok', ['Владивосток*', 'Vladivostok']]],
  ['ru-sta', 'Ставропольский край', 'Stavropol Krai', ['Ставропольск* {кр}', 'Ставропольск* кра*', 'Ставрополь*'], ['ru-stavropol', 'Ставрополь', 'Ставрополя', 'Stavropol', ['Ставропол*', 'Stavropol']]],
  ['ru-kha', 'Хабаровский край', 'Khabarovsk Krai', ['Хабаровск* {кр}', 'Khabarovsk Krai'], ['ru-khabarovsk', 'Хабаровск', 'Хабаровска', 'Khabarovsk', ['Хабаровск*', 'Khabarovsk']]],
  ['ru-amu', 'Амурская область', 'Amur Oblast', ['Амурск* {обл}', 'Amur Oblast'], ['ru-blagoveshchensk', 'Благовещенск', 'Благовещенска', 'Blagoveshchensk', ['Благовещенск*']]],
  ['ru-ark', 'Архангельская область', 'Arkhangelsk Oblast', ['Архангельск* {обл}'], ['ru-arkhangelsk', 'Архангельск', 'Архангельска', 'Arkhangelsk', ['Архангельск*', 'Arkhangelsk']]],
  ['ru-ast', 'Астраханская область', 'Astrakhan Oblast', ['Астраханск* {обл}'], ['ru-astrakhan', 'Астрахань', 'Астрахани', 'Astrakhan', ['Астрахан*', 'Astrakhan']]],
  ['ru-bel', 'Белгородская область', 'Belgorod Oblast', ['Белгородск* {обл}', 'Белгородчин*'], ['ru-belgorod', 'Белгород', 'Белгорода', 'Belgorod', ['Белгород*', 'Belgorod']]],
  ['ru-bry', 'Брянская область', 'Bryansk Oblast', ['Брянск* {обл}', 'Брянщин*'], ['ru-bryansk', 'Брянск', 'Брянска', 'Bryansk', ['Брянск*', 'Bryansk']]],
  ['ru-vla', 'Владимирская область', 'Vladimir Oblast', ['Владимирск* {обл}'], ['ru-vladimir', 'Владимир', 'Владимира', 'Vladimir', ['г. Владимир*', 'городе Владимире', 'город Владимир']]],
  ['ru-vgg', 'Волгоградская область', 'Volgograd Oblast', ['Волгоградск* {обл}'], ['ru-volgograd', 'Волгоград', 'Волгограда', 'Volgograd', ['Волгоград*', 'Volgograd']], [['ru-volzhsky', 'Волжский', 'Волжского', 'Volzhsky', ['г. Волжск*', 'городе Волжском']]]],
  ['ru-vlg', 'Вологодская область', 'Vologda Oblast', ['Вологодск* {обл}', 'Вологодчин*'], ['ru-vologda', 'Вологда', 'Вологды', 'Vologda', ['Вологд*', 'Vologda']], [['ru-cherepovets', 'Череповец', 'Череповца', 'Cherepovets', ['Череповц*', 'Череповец']]]],
  ['ru-vor', 'Воронежская область', 'Voronezh Oblast', ['Воронежск* {обл}'], ['ru-voronezh', 'Воронеж', 'Воронежа', 'Voronezh', ['Воронеж*', 'Voronezh']]],
  ['ru-zap', 'Запорожская область', 'Zaporozhye Oblast', ['Запорожск* {обл}'], ['ru-melitopol', 'Мелитополь', 'Мелитополя', 'Melitopol', ['Мелитопол*']]],
  ['ru-iva', 'Ивановская область', 'Ivanovo Oblast', ['Ивановск* {обл}'], ['ru-ivanovo', 'Иваново', 'Иваново', 'Ivanovo', ['Иваново', 'Иванове', 'Ivanovo']]],
  ['ru-irk', 'Иркутская область', 'Irkutsk Oblast', ['Иркутск* {обл}', 'Приангарь*'], ['ru-irkutsk', 'Иркутск', 'Иркутска', 'Irkutsk', ['Иркутск*', 'Irkutsk']], [['ru-bratsk', 'Братск', 'Братска', 'Bratsk', ['Братск*']]]],
  ['ru-kgd', 'Калининградская область', 'Kaliningrad Oblast', ['Калининградск* {обл}'], ['ru-kaliningrad', 'Калининград', 'Калининграда', 'Kaliningrad', ['Калининград*', 'Kaliningrad']]],
  ['ru-klu', 'Калужская область', 'Kaluga Oblast', ['Калужск* {обл}'], ['ru-kaluga', 'Калуга', 'Калуги', 'Kaluga', ['Калуг*', 'Kaluga']]],
  ['ru-kem', 'Кемеровская область — Кузбасс', 'Kemerovo Oblast — Kuzbass', ['Кемеровск* {обл}', 'Кузбасс*', 'Kuzbass'], ['ru-kemerovo', 'Кемерово', 'Кемерово', 'Kemerovo', ['Кемерово', 'Kemerovo']], [['ru-novokuznetsk', 'Новокузнецк', 'Новокузнецка', 'Novokuznetsk', ['Новокузнецк*']]]],
  ['ru-kir', 'Кировская область', 'Kirov Oblast', ['Кировск* {обл}'], ['ru-kirov', 'Киров', 'Кирова', 'Kirov', ['г. Киров*', 'городе Кирове', 'в Кирове']]],
  ['ru-kos', 'Костромская область', 'Kostroma Oblast', ['Костромск* {обл}'], ['ru-kostroma', 'Кострома', 'Костромы', 'Kostroma', ['Костром*', 'Kostroma']]],
  ['ru-kgn', 'Курганская область', 'Kurgan Oblast', ['Курганск* {обл}'], ['ru-kurgan', 'Курган', 'Кургана', 'Kurgan', ['!Курган*', 'Kurgan']]],
  ['ru-krs', 'Курская область', 'Kursk Oblast', ['Курск* {обл}'], ['ru-kursk', 'Курск', 'Курска', 'Kursk', ['Курск*', 'Kursk']]],
  ['ru-len', 'Ленинградская область', 'Leningrad Oblast', ['Ленинградск* {обл}', 'Ленобласт*'], null, [['ru-gatchina', 'Гатчина', 'Гатчины', 'Gatchina', ['Гатчин*']], ['ru-vsevolozhsk', 'Всеволожск', 'Всеволожска', 'Vsevolozhsk', ['Всеволожск*']]]],
  ['ru-lip', 'Липецкая область', 'Lipetsk Oblast', ['Липецк* {обл}'], ['ru-lipetsk', 'Липецк', 'Липецка', 'Lipetsk', ['Липецк*', 'Lipetsk']]],
  ['ru-mag', 'Магаданская область', 'Magadan Oblast', ['Магаданск* {обл}'], ['ru-magadan', 'Магадан', 'Магадана', 'Magadan', ['Магадан*', 'Magadan']]],
  ['ru-mos', 'Московская область', 'Moscow Oblast', ['Московск* {обл}', 'Подмосковь*', 'Moscow Oblast', 'Moscow region'], ['ru-krasnogorsk', 'Красногорск', 'Красногорска', 'Krasnogorsk', ['Красногорск*']], [['ru-balashikha', 'Балашиха', 'Балашихи', 'Balashikha', ['Балаших*']], ['ru-podolsk', 'Подольск', 'Подольска', 'Podolsk', ['Подольск*']], ['ru-khimki', 'Химки', 'Химок', 'Khimki', ['Химк*', 'Химок']], ['ru-mytishchi', 'Мытищи', 'Мытищ', 'Mytishchi', ['Мытищ*']], ['ru-lyubertsy', 'Люберцы', 'Люберец', 'Lyubertsy', ['Люберц*', 'Люберец']], ['ru-korolyov', 'Королёв', 'Королёва', 'Korolyov', ['г. Королёв*', 'г. Королев*']], ['ru-odintsovo', 'Одинцово', 'Одинцово', 'Odintsovo', ['Одинцово']]]],
  ['ru-mur', 'Мурманская область', 'Murmansk Oblast', ['Мурманск* {обл}'], ['ru-murmansk', 'Мурманск', 'Мурманска', 'Murmansk', ['Мурманск*', 'Murmansk']]],
  ['ru-niz', 'Нижегородская область', 'Nizhny Novgorod Oblast', ['Нижегородск* {обл}'], ['ru-nizhny-novgorod', 'Нижний Новгород', 'Нижнего Новгорода', 'Nizhny Novgorod', ['Нижн* Новгород*', 'Nizhny Novgorod']], [['ru-dzerzhinsk', 'Дзержинск', 'Дзержинска', 'Dzerzhinsk', ['Дзержинск']]]],
  ['ru-ngr', 'Новгородская область', 'Novgorod Oblast', ['Новгородск* {обл}'], ['ru-veliky-novgorod', 'Великий Новгород', 'Великого Новгорода', 'Veliky Novgorod', ['Велик* Новгород*', 'Veliky Novgorod']]],
  ['ru-nvs', 'Новосибирская область', 'Novosibirsk Oblast', ['Новосибирск* {обл}'], ['ru-novosibirsk', 'Новосибирск', 'Новосибирска', 'Novosibirsk', ['Новосибирск*', 'Novosibirsk']]],
  ['ru-oms', 'Омская область', 'Omsk Oblast', ['Омск* {обл}'], ['ru-omsk', 'Омск', 'Омска', 'Omsk', ['Омск*', 'Omsk']]],
  ['ru-ore', 'Оренбургская область', 'Orenburg Oblast', ['Оренбургск* {обл}', 'Оренбуржь*'], ['ru-orenburg', 'Оренбург', 'Оренбурга', 'Orenburg', ['Оренбург*', 'Orenburg']], [['ru-orsk', 'Орск', 'Орска', 'Orsk', ['Орск*']]]],
  ['ru-orl', 'Орловская область', 'Oryol Oblast', ['Орловск* {обл}'], ['ru-oryol', 'Орёл', 'Орла', 'Oryol', ['!Орёл', '!Орел', '!Орле', '!Орла', 'Oryol']]],
  ['ru-pnz', 'Пензенская область', 'Penza Oblast', ['Пензенск* {обл}'], ['ru-penza', 'Пенза', 'Пензы', 'Penza', ['!Пенз*', 'Penza']]],
  ['ru-psk', 'Псковская область', 'Pskov Oblast', ['Псковск* {обл}'], ['ru-pskov', 'Псков', 'Пскова', 'Pskov', ['Псков*', 'Pskov']]],
  ['ru-ros', 'Ростовская область', 'Rostov Oblast', ['Ростовск* {обл}'], ['ru-rostov-on-don', 'Ростов-на-Дону', 'Ростова-на-Дону', 'Rostov-on-Don', ['Ростов*-на-Дону', 'Ростов*', 'Rostov-on-Don']], [['ru-taganrog', 'Таганрог', 'Таганрога', 'Taganrog', ['Таганрог*']], ['ru-shakhty', 'Шахты', 'Шахт', 'Shakhty', ['г. Шахты', 'городе Шахты']]]],
  ['ru-rya', 'Рязанская область', 'Ryazan Oblast', ['Рязанск* {обл}'], ['ru-ryazan', 'Рязань', 'Рязани', 'Ryazan', ['Рязан*', 'Ryazan']]],
  ['ru-sam', 'Самарская область', 'Samara Oblast', ['Самарск* {обл}'], ['ru-samara', 'Самара', 'Самары', 'Samara', ['Самар*', 'Samara']], [['ru-tolyatti', 'Тольятти', 'Тольятти', 'Tolyatti', ['Тольятти', 'Tolyatti']]]],
  ['ru-sar', 'Саратовская область', 'Saratov Oblast', ['Саратовск* {обл}'], ['ru-saratov', 'Саратов', 'Саратова', 'Saratov', ['Саратов*', 'Saratov']], [['ru-engels', 'Энгельс', 'Энгельса', 'Engels', ['г. Энгельс*', 'городе Энгельсе']]]],
  ['ru-sak', 'Сахалинская область', 'Sakhalin Oblast', ['Сахалинск* {обл}', 'Сахалин*'], ['ru-yuzhno-sakhalinsk', 'Южно-Сахалинск', 'Южно-Сахалинска', 'Yuzhno-Sakhalinsk', ['Южно-Сахалинск*', 'Yuzhno-Sakhalinsk']]],
  ['ru-sve', 'Свердловская область', 'Sverdlovsk Oblast', ['Свердловск* {обл}', 'Sverdlovsk Oblast'], ['ru-yekaterinburg', 'Екатеринбург', 'Екатеринбурга', 'Yekaterinburg', ['Екатеринбург*', 'Екб', 'Yekaterinburg', 'Ekaterinburg']], [['ru-nizhny-tagil', 'Нижний Тагил', 'Нижнего Тагила', 'Nizhny Tagil', ['Нижн* Тагил*']]]],
  ['ru-smo', 'Смоленская область', 'Smolensk Oblast', ['Смоленск* {обл}', 'Смоленщин*'], ['ru-smolensk', 'Смоленск', 'Смоленска', 'Smolensk', ['Смоленск*', 'Smolensk']]],
  ['ru-tam', 'Тамбовская область', 'Tambov Oblast', ['Тамбовск* {обл}', 'Тамбовщин*'], ['ru-tambov', 'Тамбов', 'Тамбова', 'Tambov', ['Тамбов*', 'Tambov']]],
  ['ru-tve', 'Тверская область', 'Tver Oblast', ['Тверск* {обл}'], ['ru-tver', 'Тверь', 'Твери', 'Tver', ['Твер*', 'Tver']]],
  ['ru-tom', 'Томская область', 'Tomsk Oblast', ['Томск* {обл}'], ['ru-tomsk', 'Томск', 'Томска', 'Tomsk', ['Томск*', 'Tomsk']]],
  ['ru-tul', 'Тульская область', 'Tula Oblast', ['Тульск* {обл}'], ['ru-tula', 'Тула', 'Тулы', 'Tula', ['!Тул*', 'Tula']]],
  ['ru-tyu', 'Тюменская область', 'Tyumen Oblast', ['Тюменск* {обл}'], ['ru-tyumen', 'Тюмень', 'Тюмени', 'Tyumen', ['Тюмен*', 'Tyumen']]],
  ['ru-uly', 'Ульяновская область', 'Ulyanovsk Oblast', ['Ульяновск* {обл}'], ['ru-ulyanovsk', 'Ульяновск', 'Ульяновска', 'Ulyanovsk', ['Ульяновск*', 'Ulyanovsk']]],
  ['ru-che', 'Челябинская область', 'Chelyabinsk Oblast', ['Челябинск* {обл}'], ['ru-chelyabinsk', 'Челябинск', 'Челябинска', 'Chelyabinsk', ['Челябинск*', 'Chelyabinsk']], [['ru-magnitogorsk', 'Магнитогорск', 'Магнитогорска', 'Magnitogorsk', ['Магнитогорск*']]]],
  ['ru-yar', 'Ярославская область', 'Yaroslavl Oblast', ['Ярославск* {обл}'], ['ru-yaroslavl', 'Ярославль', 'Ярославля', 'Yaroslavl', ['Ярославл*', 'Yaroslavl']]],
  ['ru-khe', 'Херсонская область', 'Kherson Oblast', ['Херсонск* {обл}'], ['ru-genichesk', 'Геническ', 'Геническа', 'Genichesk', ['Геническ*']]],
  ['ru-mow', 'Москва', 'Moscow', ['Москв*', 'Moscow', '!Мск'], null],
  ['ru-spe', 'Санкт-Петербург', 'Saint Petersburg', ['Санкт-Петербург*', 'Петербург*', 'СПб', '!Питер*', 'Saint Petersburg', 'St. Petersburg', 'St Petersburg'], null],
  ['ru-sev', 'Севастополь', 'Sevastopol', ['Севастопол*', 'Sevastopol'], null],
  ['ru-yev', 'Еврейская автономная область', 'Jewish Autonomous Oblast', ['Еврейск* автономн* {обл}', 'ЕАО'], ['ru-birobidzhan', 'Биробиджан', 'Биробиджана', 'Birobidzhan', ['Биробиджан*']]],
  ['ru-nen', 'Ненецкий автономный округ', 'Nenets Autonomous Okrug', ['Ненецк* автономн* округ*', 'НАО'], ['ru-naryan-mar', 'Нарьян-Мар', 'Нарьян-Мара', 'Naryan-Mar', ['Нарьян-Мар*']]],
  ['ru-khm', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug — Yugra', ['Ханты-Мансийск* автономн* округ*', 'ХМАО', 'Югр*', 'Yugra'], ['ru-khanty-mansiysk', 'Ханты-Мансийск', 'Ханты-Мансийска', 'Khanty-Mansiysk', ['Ханты-Мансийск*']], [['ru-surgut', 'Сургут', 'Сургута', 'Surgut', ['Сургут*', 'Surgut']], ['ru-nizhnevartovsk', 'Нижневартовск', 'Нижневартовска', 'Nizhnevartovsk', ['Нижневартовск*']]]],
  ['ru-chu', 'Чукотский автономный округ', 'Chukotka Autonomous Okrug', ['Чукотск* автономн* округ*', 'Чукотк*', 'Chukotka'], ['ru-anadyr', 'Анадырь', 'Анадыря', 'Anadyr', ['Анадыр*']]],
  ['ru-yan', 'Ямало-Ненецкий автономный округ', 'Yamalo-Nenets Autonomous Okrug', ['Ямало-Ненецк* автономн* округ*', 'ЯНАО', 'Ямал*'], ['ru-salekhard', 'Салехард', 'Салехарда', 'Salekhard', ['Салехард*']], [['ru-novy-urengoy', 'Новый Уренгой', 'Нового Уренгоя', 'Novy Urengoy', ['Нов* Уренго*', 'Уренго*']]]],
];

/** Federal cities are subjects of their own: the city is the region. */
export const RU_FEDERAL_CITIES: ReadonlySet<string> = new Set(['ru-mow', 'ru-spe', 'ru-sev']);

export interface RuSubjectRow {
  id: string;
  ru: string;
  en: string;
  forms: string[];
  capital: string | null;
}

export interface RuCityRow {
  id: string;
  region: string;
  ru: string;
  gen: string;
  en: string;
  forms: string[];
}

export const RU_SUBJECT_ROWS: readonly RuSubjectRow[] = SUBJECT_ROWS.map(([id, ru, en, forms, capital]) => ({
  id,
  ru,
  en,
  forms,
  capital: RU_FEDERAL_CITIES.has(id) ? id : (capital?.[0] ?? null),
}));

export const RU_CITY_ROWS: readonly RuCityRow[] = SUBJECT_ROWS.flatMap(([id, ru, en, forms, capital, more]) => {
  const federal: RuCityRow[] = RU_FEDERAL_CITIES.has(id) ? [{ id, region: id, ru, gen: '', en, forms }] : [];
  const cities = [...(capital ? [capital] : []), ...(more ?? [])];
  return [...federal, ...cities.map(([cityId, cityRu, gen, cityEn, cityForms]) => ({ id: cityId, region: id, ru: cityRu, gen, en: cityEn, forms: cityForms }))];
});

export const RU_REGIONS: readonly Region[] = RU_SUBJECT_ROWS.map((row) => ({
  id: row.id,
  jurisdiction: 'RU',
  name: { ru: row.ru, en: row.en },
  forms: row.forms,
  capital: row.capital,
}));

export const RU_CITIES: readonly City[] = RU_CITY_ROWS.map((row) => ({
  id: row.id,
  jurisdiction: 'RU',
  region: row.region,
  name: { ru: row.ru, en: row.en },
  forms: row.forms,
  ...(RU_FEDERAL_CITIES.has(row.id) ? { isRegion: true } : {}),
}));
