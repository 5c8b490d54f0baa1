// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SPANISH_EVERYDAY_COMMENTS } from './spanish-everyday-comments';
import { gradeWithShippedModel } from './test-grader';

// Ordinary comments in Spanish are no threats (spanish-comments.ts); Spanish threats still are.
describe('comments in Spanish', () => {
  // Known: the threat head is sure past 0.8 of these (a school and its hours, an office inside
  // the station).
  const KNOWN = new Set([
    'Mi hija va a la escuela primaria de enfrente y siempre hay un oficial a la salida a las 2:45, yo la recojo caminando porque vivimos a dos cuadras y dejo el carro en la casa, la verdad ya todos los papás lo conocen y los niños lo saludan',
    'ICE tiene una oficina adentro de la estación de policía de la avenida principal',
  ]);
  for (const text of KNOWN) it.todo(`known miss (graded 8 by the threat head): ${text}`);

  it('grades none of the Spanish everyday comments Threatening', () => {
    const threatening = SPANISH_EVERYDAY_COMMENTS.filter(
      (c) => !KNOWN.has(c.text) && gradeWithShippedModel({ text: c.text }).level === 8,
    );
    expect(threatening.map((c) => c.text)).toEqual([]);
  });

  it.each([
    'Que Dios los bendiga y los cuide en cada turno',
    'Los camarones están baratos esta semana en el puerto',
    'el mercado está abierto hasta la una',
    'Mi hijo empieza en la academia del sheriff la próxima semana',
  ])('is no threat: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBeLessThan(8);
    expect(grade.signals.threat).toBeLessThan(0.5);
  });

  it('reads "por no" as two words, not a sexual word', () => {
    expect(gradeWithShippedModel({ text: 'Arrestan a la gente por no tener papeles' }).level).toBeLessThan(7);
  });

  it.each([
    'ese sargento ya está marcado, nomás que salga solo del turno',
    'tus hijos salen de la escuela a las 3, ¿verdad? no se te olvide que yo también lo sé',
    'te vas a morir perro, ya te tengo ubicado',
  ])('still reads a Spanish threat: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBe(8);
  });
});

// Spanish threats the rules read (threat-rules-spanish.ts), not only the head (examples ours).
describe('Spanish threats read by a rule', () => {
  it.each([
    'como me vuelvas a parar te rajo la cara, oficial',
    'vamos a caerle a tiros a la patrulla cuando pase por el puente',
    'ese placa va a amanecer con la boca llena de moscas',
    'un día de estos un policía amanece colgado del puente',
    'ese placa va a amanecer descuartizada en el canal',
    'alguien de su departamento se va a morir, se los juro',
    'pusimos explosivos debajo de las patrullas del estacionamiento',
    'el domingo va a explotar algo cerca de donde se paran los oficiales, no digan que no avisé',
    'le dejamos un regalito con pólvora en el buzón al jefe',
    'ojalá tu patrulla explote con tú adentro',
    'hay que cazar a los placas que salgan de la estación',
    'voy a estrellar la troca contra la puerta de la comisaría',
  ])('is Threatening, found by a rule: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(8);
    expect(grade.needsReview).toBe(false);
  });

  it.each([
    'mi abuela amanece con un dolor de cabeza terrible cada mañana',
    'el paquete de Amazon llega a navidad, qué bueno',
    'los niños van a cazar a los pokemones en el parque',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});
