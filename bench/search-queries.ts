/** What a rep types into the search, for both search benchmarks: competitors, accounts, people, topics, typos. */
export const SEARCH_QUERIES = [
  'quantrel pricing',
  'halden foods',
  'procurment price hold',
  'security questionaire',
  'claire moreau',
  'roi worksheet',
  'sentrix',
  'forecast acuracy',
] as const;
