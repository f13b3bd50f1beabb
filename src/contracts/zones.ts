/**
 * The zone each member state's capital keeps (IANA time zone database, `zone1970.tab`: the zone whose
 * area holds the seat of government). Meetings preset a host's zone from it; circulations read each
 * recipient's deadline in it, so that "17:00 on the 20th" is 17:00 in Astana and 17:00 in Beijing.
 */
export const CAPITAL_ZONES: Readonly<Record<string, string>> = {
  BY: 'Europe/Minsk',
  CN: 'Asia/Shanghai',
  IN: 'Asia/Kolkata',
  IR: 'Asia/Tehran',
  KG: 'Asia/Bishkek',
  KZ: 'Asia/Almaty',
  PK: 'Asia/Karachi',
  RU: 'Europe/Moscow',
  TJ: 'Asia/Dushanbe',
  UZ: 'Asia/Tashkent',
};
