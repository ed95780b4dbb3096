// What each category of problem means for people (the impact) and what the applicant asks for (the request),
// in the three draft languages. Kazakh wording needs a native speaker's review (see README in ../routing).
import type { Category, Lang } from '../types.ts';

export interface CategoryPhrases {
  /** Subject line: «О ремонте дорожного покрытия». */
  subject: string;
  impact: string;
  /** Completes «Прошу …» / «Өтінемін: …» / «I request that you …». */
  request: string;
}

type PhraseTable = Record<Category, Record<Lang, CategoryPhrases>>;

export const CATEGORY_PHRASES: PhraseTable = {
  roads: {
    ru: { subject: 'О ремонте дорожного покрытия', impact: 'Повреждения покрытия создают угрозу безопасности дорожного движения, приводят к поломкам автомобилей и опасны для пешеходов.', request: 'провести обследование и ремонт дорожного покрытия в указанном месте, а до устранения — обозначить опасный участок' },
    kk: { subject: 'Жол жамылғысын жөндеу туралы', impact: 'Жолдағы бұзылулар жол қозғалысының қауіпсіздігіне қатер төндіреді, көліктердің бұзылуына әкеледі және жаяу жүргіншілерге қауіпті.', request: 'көрсетілген жердегі жол жамылғысын тексеріп жөндеу, ал жөнделгенге дейін қауіпті учаскені белгілеу' },
    en: { subject: 'Road surface repair', impact: 'The damage endangers road safety, damages vehicles and is dangerous for pedestrians.', request: 'inspect and repair the road surface at this location and mark the hazard until it is repaired' },
  },
  sidewalks: {
    ru: { subject: 'О ремонте тротуара', impact: 'Это затрудняет передвижение пешеходов, в том числе маломобильных граждан и родителей с колясками, и создаёт риск травм.', request: 'отремонтировать тротуар (пешеходную дорожку) в указанном месте' },
    kk: { subject: 'Тротуарды жөндеу туралы', impact: 'Бұл жаяу жүргіншілердің, оның ішінде мүмкіндігі шектеулі азаматтар мен балалар арбасы бар ата-аналардың жүруін қиындатады және жарақат алу қаупін туғызады.', request: 'көрсетілген жердегі тротуарды (жаяу жүргіншілер жолын) жөндеу' },
    en: { subject: 'Sidewalk repair', impact: 'It makes walking difficult, including for people with reduced mobility and parents with prams, and creates a risk of injury.', request: 'repair the sidewalk (footpath) at this location' },
  },
  lighting: {
    ru: { subject: 'О восстановлении уличного освещения', impact: 'В тёмное время суток участок не освещён, что создаёт угрозу безопасности пешеходов и водителей.', request: 'восстановить работу уличного освещения в указанном месте' },
    kk: { subject: 'Көше жарығын қалпына келтіру туралы', impact: 'Қараңғы уақытта учаске жарықтандырылмайды, бұл жаяу жүргіншілер мен жүргізушілердің қауіпсіздігіне қатер төндіреді.', request: 'көрсетілген жердегі көше жарығының жұмысын қалпына келтіру' },
    en: { subject: 'Street lighting restoration', impact: 'The area is unlit after dark, which endangers pedestrians and drivers.', request: 'restore the street lighting at this location' },
  },
  snow_ice: {
    ru: { subject: 'Об уборке снега и наледи', impact: 'Снег и наледь создают риск падений и травм, затрудняют проход и проезд.', request: 'организовать уборку снега и наледи и обработку противогололёдными материалами в указанном месте' },
    kk: { subject: 'Қар мен көктайғақты тазалау туралы', impact: 'Қар мен мұз құлап жарақат алу қаупін туғызады, жүріп-тұруды қиындатады.', request: 'көрсетілген жерде қар мен мұзды тазалауды және көктайғаққа қарсы өңдеуді ұйымдастыру' },
    en: { subject: 'Snow and ice clearance', impact: 'Snow and ice create a risk of falls and injuries and obstruct pedestrians and traffic.', request: 'clear the snow and ice and treat the surface with de-icing materials at this location' },
  },
  waste: {
    ru: { subject: 'О вывозе мусора', impact: 'Скопление отходов нарушает санитарные нормы, вызывает неприятный запах и привлекает животных и грызунов.', request: 'организовать вывоз отходов и уборку территории, а также обеспечить регулярный вывоз по графику' },
    kk: { subject: 'Қоқысты шығару туралы', impact: 'Қалдықтардың жиналуы санитариялық нормаларды бұзады, жағымсыз иіс шығарады және жануарлар мен кеміргіштерді тартады.', request: 'қалдықтарды шығаруды және аумақты тазалауды ұйымдастыру, кесте бойынша тұрақты шығаруды қамтамасыз ету' },
    en: { subject: 'Waste collection', impact: 'Accumulated waste breaches sanitary standards, smells and attracts animals and rodents.', request: 'collect the waste, clean the area and ensure regular collection on schedule' },
  },
  yard: {
    ru: { subject: 'О благоустройстве дворовой территории', impact: 'Состояние территории создаёт неудобства и угрозу безопасности жителей, в том числе детей.', request: 'провести осмотр и привести территорию (оборудование) в надлежащее состояние' },
    kk: { subject: 'Аула аумағын абаттандыру туралы', impact: 'Аумақтың жай-күйі тұрғындарға, оның ішінде балаларға қолайсыздық пен қауіп туғызады.', request: 'аумақты (жабдықты) тексеріп, тиісті күйге келтіру' },
    en: { subject: 'Courtyard and public space maintenance', impact: 'The condition of the area is inconvenient and unsafe for residents, including children.', request: 'inspect the area (equipment) and restore it to proper condition' },
  },
  greenery: {
    ru: { subject: 'О содержании зелёных насаждений', impact: 'Состояние зелёных насаждений создаёт угрозу жизни, здоровью и имуществу граждан.', request: 'провести обследование зелёных насаждений и выполнить необходимые работы (обрезку, снос аварийных деревьев, покос)' },
    kk: { subject: 'Жасыл желектерді күтіп ұстау туралы', impact: 'Жасыл желектердің жай-күйі азаматтардың өміріне, денсаулығына және мүлкіне қатер төндіреді.', request: 'жасыл желектерді тексеріп, қажетті жұмыстарды (кесу, апатты ағаштарды кесіп алу, шөп шабу) орындау' },
    en: { subject: 'Trees and green spaces', impact: "The condition of the trees endangers people's lives, health and property.", request: 'inspect the trees and green spaces and carry out the necessary work (pruning, removal of hazardous trees, mowing)' },
  },
  housing: {
    ru: { subject: 'О содержании многоквартирного дома', impact: 'Ненадлежащее содержание общего имущества нарушает права жителей и может привести к повреждению имущества.', request: 'провести проверку содержания общего имущества дома и обязать управляющую организацию устранить нарушения' },
    kk: { subject: 'Көппәтерлі үйді күтіп ұстау туралы', impact: 'Ортақ мүлікті тиісінше күтіп ұстамау тұрғындардың құқықтарын бұзады және мүлікке зақым келтіруі мүмкін.', request: 'үйдің ортақ мүлкін күтіп ұстауды тексеру және басқарушы ұйымды бұзушылықтарды жоюға міндеттеу' },
    en: { subject: 'Maintenance of the apartment building', impact: "Improper maintenance of the common property violates residents' rights and may damage property.", request: "inspect the maintenance of the building's common property and require the management organisation to remedy the violations" },
  },
  utilities: {
    ru: { subject: 'О предоставлении коммунальных услуг', impact: 'Жители лишены коммунальной услуги надлежащего качества, что нарушает их права как потребителей.', request: 'восстановить предоставление коммунальной услуги надлежащего качества и произвести перерасчёт платы за период нарушения' },
    kk: { subject: 'Коммуналдық қызметтер туралы', impact: 'Тұрғындар тиісті сападағы коммуналдық қызметтен айырылды, бұл олардың тұтынушы ретіндегі құқықтарын бұзады.', request: 'тиісті сападағы коммуналдық қызметті қалпына келтіру және бұзушылық кезеңі үшін төлемді қайта есептеу' },
    en: { subject: 'Utility services', impact: 'Residents are deprived of a utility service of proper quality, which violates their rights as consumers.', request: 'restore the utility service to proper quality and recalculate the charges for the period of the failure' },
  },
  transport: {
    ru: { subject: 'О работе общественного транспорта', impact: 'Жители не могут своевременно добраться до работы, учёбы и медицинских учреждений.', request: 'проверить соблюдение расписания и при необходимости увеличить количество транспортных средств на маршруте' },
    kk: { subject: 'Қоғамдық көліктің жұмысы туралы', impact: 'Тұрғындар жұмысқа, оқуға және медициналық мекемелерге уақтылы жете алмайды.', request: 'кестенің сақталуын тексеру және қажет болса бағыттағы көлік санын көбейту' },
    en: { subject: 'Public transport service', impact: 'Residents cannot reach work, school and medical facilities on time.', request: 'check compliance with the timetable and, if necessary, add vehicles to the route' },
  },
  traffic: {
    ru: { subject: 'Об организации дорожного движения', impact: 'Это создаёт угрозу безопасности дорожного движения, прежде всего для пешеходов и детей.', request: 'проверить организацию дорожного движения в указанном месте и принять меры (ремонт светофора, установка знаков, нанесение разметки, обустройство пешеходного перехода)' },
    kk: { subject: 'Жол қозғалысын ұйымдастыру туралы', impact: 'Бұл жол қозғалысының қауіпсіздігіне, ең алдымен жаяу жүргіншілер мен балаларға қатер төндіреді.', request: 'көрсетілген жердегі жол қозғалысын ұйымдастыруды тексеру және шаралар қабылдау (бағдаршамды жөндеу, белгілер орнату, жол таңбасын салу, жаяу жүргіншілер өткелін жайластыру)' },
    en: { subject: 'Traffic management', impact: 'This endangers road safety, above all for pedestrians and children.', request: 'review the traffic arrangements at this location and take measures (repair the traffic light, install signs, paint markings, arrange a pedestrian crossing)' },
  },
  environment: {
    ru: { subject: 'О санитарно-экологической обстановке', impact: 'Это нарушает санитарно-эпидемиологические требования и угрожает здоровью жителей.', request: 'провести проверку, установить источник нарушения и принять меры к его устранению' },
    kk: { subject: 'Санитариялық-экологиялық жағдай туралы', impact: 'Бұл санитариялық-эпидемиологиялық талаптарды бұзады және тұрғындардың денсаулығына қауіп төндіреді.', request: 'тексеру жүргізу, бұзушылық көзін анықтау және оны жою шараларын қабылдау' },
    en: { subject: 'Sanitary and environmental conditions', impact: "This breaches sanitary requirements and threatens residents' health.", request: 'carry out an inspection, identify the source of the violation and take measures to eliminate it' },
  },
  other: {
    ru: { subject: 'О проблеме, требующей решения', impact: 'Проблема затрагивает права и законные интересы жителей.', request: 'рассмотреть обращение и принять меры к устранению проблемы' },
    kk: { subject: 'Шешуді қажет ететін мәселе туралы', impact: 'Мәселе тұрғындардың құқықтары мен заңды мүдделерін қозғайды.', request: 'өтінішті қарап, мәселені жою шараларын қабылдау' },
    en: { subject: 'A local problem that needs action', impact: 'The problem affects the rights and legitimate interests of residents.', request: 'consider this appeal and take measures to resolve the problem' },
  },
};
