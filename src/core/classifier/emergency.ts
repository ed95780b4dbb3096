// Hand-written emergency patterns: a miss here costs more than a false alarm, and the training data has too few
// emergencies to learn them. Cyrillic patterns run on the folded stream (Kazakh letters folded, Latin-script
// Kazakh transliterated, see normalize.ts), English ones on the lower-cased original.

const FOLDED_PATTERNS: readonly RegExp[] = [
  // gas smell / leak: запах газа, пахнет газом, утечка газа, газ иісі, газ сасып, газ шығып
  /запах\S* газ|(пахнет|пахло|воняет|несет|несло|тянет) газ|газом (пахнет|воняет|несет|тянет)|утечк\S* газ|газ(дын)? ииси|газ (сас|шыг|агып)/,
  // fallen or live wire: оборван провод, провод лежит на земле, искрит, сым үзіліп
  /(оборван|оборвал|порван|упал|упавш|висит|висящ|свисает|валяется|лежит|оголенн)\S* (\S+ )?(\S+ )?провод|провод\S* (\S+ )?(оборван|оборвал|порван|упал|лежит|висит|свисает|на земле|под напряжением|искрит|оголен)|искрит|сым\S* (\S+ )?(узил|узип|жерде|салбыра|жатыр|тусип)/,
  // open manhole: открытый люк, люк без крышки, ашық люк, люктің қақпағы жоқ
  /(открыт|без крышк|нет крышк|отсутств\S* крышк|провалил|сдвинут|сорван)\S* (\S+ )?люк|люк\S* (\S+ ){0,2}(открыт|без крышк|нет крышк|не закрыт|провал)|ашык (тур\S* )?люк|люк\S* (\S+ )?(ашык|какпагы жок)|кариз люг\S* ашык/,
  // flooding and burst pipes: затопило, прорвало трубу, кипяток, су басты
  /затопил|затоплен|заливает (квартир|подъезд|подвал|улиц)|топит (подвал|квартир|соседей)|прорыв\S* (\S+ )?(труб|теплотрасс|водопровод|канализац)|прорвало (\S+ )?(труб|теплотрасс|водопровод|канализац)|порыв\S* (\S+ )?(труб|водопровод|теплотрасс)|фонтан\S* (\S+ )?(вод|кипят)|хлещет (\S+ )?(вод|кипят)|кипяток|су (басты|басып|алып кет)|кубыр жарыл|кариз жарыл/,
];

const ENGLISH_PATTERNS: readonly RegExp[] = [
  /smell(s|ed|ing)? (of |like )?(natural )?gas|gas (leak|smell|odou?r)|leaking gas/,
  /(downed|fallen|down|live|hanging|sparking|exposed|broken) (power |electric(al)? |utility )?(wires?|lines?\b)|(wires?|power lines?) (is |are )?(down|hanging|sparking|on the (ground|road|street|sidewalk))/,
  /(open|missing|uncovered|displaced) (manhole|sewer cover|catch ?basin cover)|manhole (cover )?(is )?(open|missing|off|displaced)/,
  /\bflood(ed|ing)\b|water main (break|burst)|burst (water )?(pipe|main)|sinkhole/,
];

/** True when the text describes a danger to life that should go to 112 / 104 before any appeal. */
export function matchesEmergency(folded: string, lowerOriginal: string): boolean {
  return FOLDED_PATTERNS.some((p) => p.test(folded)) || ENGLISH_PATTERNS.some((p) => p.test(lowerOriginal));
}
