/**
 * Las palabras de las herramientas del kit para clínicas (/es/clinicas/): los
 * correos de bienvenida, los códigos QR y la tabla de cada página y sección.
 * Los títulos del kit y sus ids están en src/lib/clinic-kit.ts (KIT_SECTIONS).
 * Español neutro de América Latina, de "usted".
 */
import type { Dictionary } from '../dictionary';

export const clinicKit = {
  emails: {
    intro:
      'Pegue uno de estos textos en su correo de bienvenida. El texto simple sirve en cualquier programa de correo. La versión HTML es para plantillas de correo.',
    fillBlanks: 'Cambie lo que está entre corchetes por los datos de su clínica, o póngalos una sola vez en la configuración de este sitio.',
    subject: 'Asunto:',
    copySubject: 'Copiar el asunto',
    copyText: 'Copiar el texto simple',
    copyHtml: 'Copiar el HTML',
    showHtml: 'Ver la versión HTML',
  },
  qrCodes: {
    intro:
      'La cámara de un teléfono puede abrir estos códigos. Imprima esta página y recorte los códigos que necesite, para hojas informativas o para un cartel en su sala de espera.',
    home: 'Inicio',
    label: (url: string) => `Código QR de ${url}`,
  },
  table: {
    intro: (pages: number, sections: number) =>
      `Enlace a una página entera, o directo a la sección que necesita un paciente. Esta lista se hace con la guía misma cada vez que se genera el sitio, así que siempre está completa: ${pages} páginas y ${sections} secciones.`,
    caption: 'Cada página y sección de la guía, cada una con un enlace que copia su dirección',
    pageOrSection: 'Página o sección',
    copyAddress: 'Copiar la dirección',
    copyLink: 'Copiar el enlace',
    copyLinkLabel: (name: string) => `Copiar el enlace: ${name}`,
    pageAndSection: (page: string, section: string) => `${page}, ${section}`,
  },
  intakeEmails: {
    blankName: '[nombre de la clínica]',
    blankPhone: '[número de teléfono]',
    help: (lines: string) => `Si alguna vez necesita ayuda de inmediato: ${lines}`,
    newPatient: {
      subject: 'Antes de su primera visita: cómo puede ser el éxito',
      opening: (clinic: string, siteName: string) => [
        'Hola:',
        `Antes de empezar la terapia de ketamina con ${clinic}, quizás quiera leer "${siteName}". Es una guía gratis, en palabras sencillas. Explica cómo puede ser el éxito del tratamiento y qué ayuda a que dure.`,
        'Un buen lugar para empezar:',
      ],
      links: [
        { label: 'Lo básico de la terapia de ketamina', path: '/es/conceptos-basicos/' },
        { label: 'Cómo puede ser el éxito', path: '/es/exito/' },
        { label: 'Qué ayuda a que el tratamiento funcione', path: '/es/factores/' },
        { label: 'Para la persona que viene con usted', path: '/es/familia/' },
      ],
      closing: (phone: string) => [
        'Por favor, planee que alguien le lleve a casa después de cada visita. No maneje hasta el día siguiente, después de una noche de sueño.',
        `La guía no es consejo médico. Si tiene preguntas, llámenos al ${phone}.`,
      ],
    },
    supportPerson: {
      subject: 'Cómo puede ayudar en los días de tratamiento',
      opening: (clinic: string) => [
        'Hola:',
        `Una persona cercana a usted va a empezar la terapia de ketamina con ${clinic}, y tal vez le pida que la acompañe. Esta guía gratis explica cómo pueden ayudar la familia y los amigos antes, durante y después de cada visita. Se imprime como una lista de dos hojas.`,
      ],
      links: [
        { label: 'Cómo apoyar a alguien durante el tratamiento', path: '/es/familia/' },
        { label: 'Lo que puede ver durante una infusión', path: '/es/familia/#durante-la-infusion' },
        { label: 'Lo básico de la terapia de ketamina', path: '/es/conceptos-basicos/' },
      ],
      closing: (phone: string) => [
        'Por favor, planee llevar a esa persona a casa después de cada visita. No debe manejar hasta el día siguiente, después de una noche de sueño.',
        `¿Tiene preguntas? Llámenos al ${phone}.`,
      ],
    },
  },
} satisfies Dictionary['clinicKit'];
