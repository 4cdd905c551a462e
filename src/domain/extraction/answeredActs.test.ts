import { describe, expect, it } from 'vitest';
import { asArrows, extract } from './extractionTestKit';

describe('the act a reaction answers', () => {
  it('blames an act of force with no agent of its own on the state the protest or reprisal is against', () => {
    expect(asArrows('Chile summoned the ambassador of Bolivia after a deadly attack on a Chilean border post.')).toEqual(['CHL->BOL tense', 'BOL->CHL hostile']);
    expect(asArrows('Kenya recalled its envoy to Somalia in protest at the shelling of Kenyan positions near the border.')).toEqual(['KEN->SOM tense', 'SOM->KEN hostile']);
    // (And an apology demanded for it.)
    expect(asArrows('Ghana demanded that Togo apologise for the raid on a Ghanaian border post.')).toContain('TGO->GHA hostile');
    // (With no one named it was done to, it was done to the one who reacts.)
    expect(asArrows('Norway expelled three Russian diplomats in retaliation for the poisoning of a defector.')).toEqual(['NOR->RUS tense', 'RUS->NOR hostile']);
  });

  it('tells the act as alleged: only the reaction says whose it is', () => {
    const act = extract('Latvia expelled two Belarusian diplomats over the abduction of a Latvian border guard.').find((c) => c.stance === 'hostile');
    expect(act).toMatchObject({ a: 'BLR', b: 'LVA', certainty: 'alleged' });
  });

  it('leaves a cause that belongs to something else, an act with its own agent, and a war', () => {
    // (A row over the killing: the row is over it, not the expulsion.)
    expect(asArrows('Peru expelled a Chilean diplomat amid a growing row over the killing of an activist.')).toEqual(['PER->CHL tense']);
    // (Who claimed an attack did it, not the state the accusation is against.)
    expect(asArrows('Niger accused Benin of sheltering a rebel group, which claimed responsibility for an attack on a Nigerien convoy.')).not.toContain('BEN->NER hostile');
    // (An agent told after "by".)
    expect(asArrows('Greece protested to Turkey over the shelling of a Greek islet by Libyan gunboats.')).not.toContain('TUR->GRC hostile');
    // (A war the reaction is over is not the other's: "cut ties over the war in".)
    expect(asArrows('Bolivia cut ties with Colombia over the war in Venezuela.')).toEqual(['BOL->COL severed']);
    // (Nor a reaction that names no act: "summoned the ambassador for talks".)
    expect(asArrows('Ghana summoned the Togolese ambassador for talks.')).not.toContain('TGO->GHA hostile');
  });

  it('gives an act with no agent of its own to the state said to be responsible for it or behind it', () => {
    expect(asArrows('Investigators said Bolivia was responsible for the attack on a Chilean border post.')).toContain('BOL->CHL hostile');
    expect(asArrows('A Peruvian missile was responsible for the downing of an Ecuadorian helicopter.')).toEqual(['PER->ECU hostile']);
    expect(asArrows('Officials say Sudan was behind the shelling of Chadian villages.')).toEqual(['SDN->TCD hostile']);
    // (Not an actor outside the act's own phrase.)
    expect(asArrows('Seoul concluded that Pyongyang was responsible for the attack after Swedish investigators examined the wreck.')).not.toContain('PRK->SWE hostile');
  });
});
