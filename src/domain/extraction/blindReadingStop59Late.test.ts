// Constructions that the real articles of stop 59's later batches (537 on) were misread in; the earlier ones are in
// blindReadingStop59.test.ts. The sentences are written for the purpose, about other states in other words. Each test
// fails without its rule.
import { describe, expect, it } from 'vitest';
import { asArrows } from './extractionTestKit';

// The five hundred and thirty-seventh reading (stop 59, continued): three pages on the Treaty of Rapallo (1922).
describe('the five hundred and thirty-seventh reading', () => {
  it('reads a demonym after "in the" and an adjective, before a word for a town or a land, as where', () => {
    expect(asArrows('Signed on 3 May 1950, in the picturesque Swiss town of Gandria, this landmark agreement formally established friendly diplomatic relations between the Chilean Republic and Peru.', '2001-01-01')).toEqual(['CHL->PER cooperative', 'CHL->PER warming']);
  });

  it('reads claims renounced against or to another state as yielding to it, warming', () => {
    expect(asArrows('Chile renounced all territorial and maritime claims against Peru.', '2001-01-01')).toEqual(['CHL->PER warming']);
  });

  it('reads relations or an understanding that waned as worse', () => {
    expect(asArrows('Relations between Chile and Peru waned in 1960.', '2001-01-01')).toEqual(['CHL->PER tense']);
    expect(asArrows('The understanding between Chile and Peru soured in 1960.', '2001-01-01')).toEqual(['CHL->PER tense']);
  });

  it('reads the founding of a state as no act toward it', () => {
    expect(asArrows('Chile and Peru were concerned by this prelude to revived Bolivian power, soon to be signified by the establishing of the Republic of Bolivia.', '2001-01-01')).toEqual([]);
  });
});

// The five hundred and thirty-eighth reading (stop 59, continued): three pages on the Treaty of Shimonoseki (1895).
describe('the five hundred and thirty-eighth reading', () => {
  it('reads a state named as the land a verb yields as what is yielded, and the state after "to" as the party', () => {
    expect(asArrows('In 1898 Spain ceded the Philippines (with Guam) to the United States.', '2001-01-01')).toEqual(['ESP->USA warming']);
    expect(asArrows('In 1803 France ceded Louisiana, its last remaining foothold in North America, to the United States.', '2001-01-01')).toEqual(['FRA->USA warming']);
    expect(asArrows('In 1898 Spain ceded its last colonies to the United States.', '2001-01-01')).toEqual(['ESP->USA warming']);
    expect(asArrows('In 1803 France ceded Louisiana, its last remaining foothold in North America, to the United States.', '2001-01-01')).toEqual(['FRA->USA warming']);
  });
});

// The five hundred and thirty-ninth reading (stop 59, continued): three pages on the Molotov-Ribbentrop Pact (1939).
describe('the five hundred and thirty-ninth reading', () => {
  it('reads a participle between an article and a state\'s name as describing the state, no act', () => {
    expect(asArrows('In 1880 Chile faced the threat of an expanding Peru.', '2001-01-01')).toEqual([]);
  });
});

// The five hundred and fortieth reading (stop 59, continued): four pages on the Alaska Purchase (1867).
describe('the five hundred and fortieth reading', () => {
  it('reads two office holders joined by "and" as one subject past an opening adjunct of time', () => {
    expect(asArrows('Ten years ago, on 2 May 1990, Chilean envoy Juan H. Ortiz and Peruvian envoy Luis Soto signed the accord.', '2001-01-01')).toEqual(['CHL->PER cooperative']);
  });

  it('reads the last tsars by their titles as Russia', () => {
    expect(asArrows('In 1896 Tsar Nicholas II visited France.', '2001-01-01')).toEqual(['RUS->FRA cooperative']);
  });

  it('reads a land yielded "to" a state past an aside that describes it, a state\'s name or a place', () => {
    expect(asArrows('In 1898 Spain ceded Cuba, its last remaining foothold in the western Caribbean Sea, to the United States.', '2001-01-01')).toEqual(['ESP->USA warming']);
    expect(asArrows('In 1803 France ceded Louisiana, its last remaining foothold in North America, to the United States.', '2001-01-01')).toEqual(['FRA->USA warming']);
  });
});

// The five hundred and forty-first reading (stop 59, continued): four pages on the Zimmermann telegram (1917).
describe('the five hundred and forty-first reading', () => {
  it('reads force "in the case of" or "in the event of" which something is provided for as not had', () => {
    expect(asArrows('In 1879 Chile proposed an alliance with Peru in the event of a war between Argentina and Chile.', '2001-01-01')).toEqual(['CHL->PER cooperative']);
  });

  it('reads a ship sunk "by" another state\'s ship as force by that state', () => {
    expect(asArrows('In 1969 a Honduran patrol boat was sunk by a Salvadoran frigate.', '2001-01-01')).toEqual(['SLV->HND hostile']);
  });
});

// The five hundred and forty-second reading (stop 59, continued): four pages on the Treaty of Nanking (1842).
describe('the five hundred and forty-second reading', () => {
  it('reads a state named as the land something lay in, "in present day" or "in what is now" that state, as a place', () => {
    expect(asArrows('Tensions rose as traders grew coca in present day Bolivia and smuggled it into Chile.', '2001-01-01')).toEqual([]);
    expect(asArrows('Tensions rose as traders grew coca in what is now Bolivia and smuggled it into Chile.', '2001-01-01')).toEqual([]);
  });
});

// The five hundred and forty-third reading (stop 59, continued): three pages on the Locarno treaties (1925).
describe('the five hundred and forty-third reading', () => {
  it('reads verbs that "not to" governs past a quotation mark and along "or" as not done', () => {
    expect(asArrows('In 1929 Chile and Peru agreed not to "attack or invade each other."', '2001-01-01')).toEqual([]);
    expect(asArrows('In 1929 Chile promised not to shell the border or wage war on Peru.', '2001-01-01')).toEqual([]);
  });

  it('reads the states that people come from, listed after "representatives from", as one list, past an opening time', () => {
    expect(asArrows('In May 1990 delegates from Chile, Peru and Bolivia met in Quito.', '2001-01-01')).toEqual(['CHL->PER cooperative', 'CHL->BOL cooperative', 'PER->BOL cooperative']);
  });
});

// The five hundred and forty-fourth reading (stop 59, continued): four pages on the Fashoda incident (1898).
describe('the five hundred and forty-fourth reading', () => {
  it('reads a war that something almost led to as not fought, the pair at the brink', () => {
    expect(asArrows('In 1978 there followed a row between Chile and Argentina which almost led to a full-scale war.', '2001-01-01')).toEqual(['CHL->ARG tense']);
  });

  it('reads a dispute that was "solved" as settled', () => {
    expect(asArrows('The dispute between Chile and Peru was solved diplomatically in 1929.', '2001-01-01')).toEqual(['CHL->PER warming']);
  });
});

// The five hundred and forty-fifth reading (stop 59, continued): three pages on the Kellogg-Briand Pact (1928).
describe('the five hundred and forty-fifth reading', () => {
  it('reads the foreign ministers of the Locarno years as their states', () => {
    expect(asArrows('In 1926 Aristide Briand received the Polish envoy.', '2001-01-01')).toEqual(['FRA->POL cooperative']);
    expect(asArrows('In 1927 Gustav Stresemann visited Warsaw.', '2001-01-01')).toEqual(['DEU->POL cooperative']);
  });
});

// The five hundred and forty-sixth reading (stop 59, continued): three pages on the Sykes-Picot Agreement (1916).
describe('the five hundred and forty-sixth reading', () => {
  it('reads states named after "comprising today\'s" as places, no pair for "the allies" to stand for', () => {
    expect(asArrows('The deal laid out that a swath of territory comprising today\'s Bolivia, Paraguay, and northern Chile should be within Peru\'s zone. At first kept secret, the deal became public knowledge when it was publicized by Lenin after the revolution to embarrass the allies.', '2001-01-01')).toEqual([]);
  });
});

// The five hundred and forty-seventh reading (stop 59, continued): three pages on the Treaty of Tordesillas (1494).
describe('the five hundred and forty-seventh reading', () => {
  it('reads the Pope, named by his title alone, as the Holy See', () => {
    expect(asArrows('In 1979 the Pope mediated between Chile and Argentina.', '2001-01-01')).toEqual(['VAT->CHL cooperative', 'VAT->ARG cooperative']);
  });
});

// The five hundred and forty-eighth reading (stop 59, continued): three pages on the Pig War (1859-1871).
describe('the five hundred and forty-eighth reading', () => {
  it('reads a dispute or relations changed in a relative clause after the pair, past what the dispute is over', () => {
    expect(asArrows('Another long dispute between Chile and Peru over the border that was settled by the 1929 Treaty of Lima was the Tacna question.', '2001-01-01')).toEqual(['CHL->PER warming']);
    expect(asArrows('The communique was a milestone in the Chile-Peru relations which had slowly deteriorated over the previous decade.', '2001-01-01')).toEqual(['PER->CHL tense']);
  });
});

// The five hundred and forty-ninth reading (stop 59, continued): three pages on the Treaty of Guadalupe Hidalgo (1848).
describe('the five hundred and forty-ninth reading', () => {
  it('reads the parties of a named instrument past its name, "of" and a place', () => {
    expect(asArrows('The Treaty of Lima was signed by Chile and Peru in 1929.', '2001-01-01')).toEqual(['CHL->PER cooperative']);
  });

  it('reads claims given up or abandoned as yielded, and a land ceded after the one it goes to as returned territory', () => {
    expect(asArrows('In 1929 Chile gave up its claims against Peru.', '2001-01-01')).toEqual(['CHL->PER warming']);
    expect(asArrows('In 1929 Peru ceded to Chile part of its territory.', '2001-01-01')).toEqual(['PER->CHL warming']);
  });

  it('reads a dividing line as a border, no division', () => {
    expect(asArrows('In 1929 the river was established as the dividing line between Chile and Peru.', '2001-01-01')).toEqual([]);
  });
});

// The five hundred and fiftieth reading (stop 59, continued): two pages on the Treaty of Brest-Litovsk (1918).
describe('the five hundred and fiftieth reading', () => {
  it('reads a bloc named after "and", its members in brackets, as the other side of a "between"', () => {
    expect(asArrows('The treaty was signed in 1929 between Chile and the Andean Powers (Peru, Bolivia and Ecuador).', '2001-01-01')).toEqual(['CHL->PER cooperative', 'CHL->BOL cooperative', 'CHL->ECU cooperative']);
    expect(asArrows('It was a peace treaty signed on 3 June 1929 between the new civilian government of Chile and the Andean Powers (Peru, Bolivia and Ecuador).', '2001-01-01')).toEqual(['CHL->PER warming', 'CHL->BOL warming', 'CHL->ECU warming']);
  });

  it('reads a state "in modern" another as a place, and a deal one is left out of as none of one\'s', () => {
    expect(asArrows('After long talks, the pact was signed in Peruvian-held Arica (since 1929, currently in modern Chile).', '2001-01-01')).toEqual([]);
    expect(asArrows('Bolivia was left out of the treaty because the Chileans refused to acknowledge its envoys.', '2001-01-01')).toEqual([]);
  });
});

// The five hundred and fifty-first reading (stop 59, continued): two pages on the Treaty of Nerchinsk (1689).
describe('the five hundred and fifty-first reading', () => {
  it('reads land ceded to a state named first, with no "to", as returned territory', () => {
    expect(asArrows('In 1929 Chile ceded Peru the province of Tacna.', '2001-01-01')).toEqual(['CHL->PER warming']);
  });
});

// The five hundred and fifty-second reading (stop 59, continued): three pages on the Anschluss (1938).
describe('the five hundred and fifty-second reading', () => {
  it('reads the state a land is annexed "into" as the annexer, and a regime\'s name before a state\'s as the state', () => {
    expect(asArrows('In 1939 came the annexation of Albania into Fascist Italy.', '2001-01-01')).toEqual(['ITA->ALB hostile']);
    expect(asArrows('The annexation of Lithuania into Germany was announced in 1918.', '2001-01-01')).toEqual(['DEU->LTU hostile']);
  });
});

// The five hundred and fifty-third reading (stop 59, continued): three pages on the Treaty of Tilsit (1807).
describe('the five hundred and fifty-third reading', () => {
  it('reads Napoleon and Tsar Alexander I as their states', () => {
    expect(asArrows('In 1812 Napoleon Bonaparte invaded Russia.', '2001-01-01')).toEqual(['FRA->RUS hostile']);
    expect(asArrows('In 1807 Tsar Alexander I met the Swedish envoy.', '2001-01-01')).toEqual(['RUS->SWE cooperative']);
  });

  it('reads going against or beyond something, and coming to do something, as no visit', () => {
    expect(asArrows('The pretext was the Chilean invasion of Peru. The seizure of Tacna in 1880 broke the pact since it went beyond the Chilean zone that had been agreed with the allies.', '2001-01-01')).toEqual(['CHL->PER hostile']);
    expect(asArrows('Chile and Peru met in 1929. The Chilean president came to realize that peace was needed.', '2001-01-01')).toEqual(['CHL->PER cooperative']);
  });
});
