import type { Messages } from './types.js';

/**
 * Spanish (Latin American, "usted"): written for patients, not translated word for word. Short
 * sentences and everyday words; the meaning of each string matches the English one.
 */
export const es: Messages = {
  locale: 'es',
  languageName: 'Español',
  choices: {
    'smp-last-session': {
      label: '¿Cuándo fue su última sesión de SMP?',
      hint: 'SMP es la micropigmentación capilar: puntos de tatuaje muy pequeños que parecen cabello.',
      options: {
        'under-6-months': 'Hace menos de 6 meses',
        '6-12-months': 'Hace 6 a 12 meses',
        '1-3-years': 'Hace 1 a 3 años',
        '3-5-years': 'Hace 3 a 5 años',
        'over-5-years': 'Hace más de 5 años',
        'not-sure': 'No lo sé',
      },
    },
    'smp-sessions': {
      label: '¿Cuántas sesiones de SMP ha tenido en total?',
      hint: 'Cuente también los retoques.',
      options: { '1-2': '1 o 2', '3-4': '3 o 4', '5-plus': '5 o más', 'not-sure': 'No lo sé' },
    },
    'smp-practitioners': {
      label: '¿Ha trabajado más de un artista en su SMP?',
      options: { one: 'No, solo uno', 'more-than-one': 'Sí, más de uno', 'not-sure': 'No lo sé' },
    },
    'smp-areas': {
      label: '¿En qué partes de la cabeza tiene SMP?',
      options: {
        hairline: 'Línea del cabello, al frente',
        temples: 'Sienes',
        top: 'Parte de arriba de la cabeza',
        crown: 'Coronilla (arriba, hacia atrás)',
        'sides-back': 'Los lados y la parte de atrás',
        scar: 'Sobre una cicatriz',
      },
    },
    'smp-original-reason': {
      label: '¿Por qué se hizo SMP la primera vez?',
      options: {
        thinning: 'Tenía poco cabello',
        bald: 'No tenía cabello o me rapaba la cabeza',
        'scar-camouflage': 'Para ocultar una cicatriz',
        alopecia: 'Se me caía el cabello por partes (alopecia)',
        other: 'Por otra razón',
      },
    },
    concerns: {
      label: '¿Qué le molesta hoy de su SMP?',
      hint: 'Elija todas las que apliquen.',
      options: {
        'hairline-placement': 'La línea del cabello está en mal lugar',
        'helmet-look': 'Parece un casco sólido',
        'blue-green-tint': 'Los puntos se ven azules, verdes o grises',
        'bleeding-dots': 'Los puntos se corrieron o se ven borrosos',
        'too-dark': 'Está demasiado oscuro',
        'change-of-mind': 'Cambié de opinión',
        'new-style': 'Quiero verme diferente',
        other: 'Otra cosa',
      },
      optionHints: {
        'hairline-placement': 'Muy baja, muy alta o dispareja.',
        'helmet-look': 'Un solo tono plano, no parece cabello de verdad.',
        'bleeding-dots': 'Los puntos se ven muy grandes o se juntan entre sí.',
        'change-of-mind': 'No salió nada mal. Simplemente no es para mí.',
        'new-style': 'Quiero un cambio, o dejarme crecer el cabello.',
      },
    },
    'hairline-problem': {
      label: '¿Qué problema tiene su línea del cabello?',
      options: {
        'too-low': 'Está muy baja',
        'too-high': 'Está muy alta',
        uneven: 'Está dispareja',
        'too-harsh': 'El borde es muy marcado o muy recto',
        other: 'Otra cosa',
      },
    },
    'helmet-extent': {
      label: '¿Dónde parece un casco?',
      options: { 'whole-area': 'En toda el área', 'some-areas': 'Solo en algunas partes' },
    },
    'tint-colour': {
      label: '¿De qué color se ven los puntos?',
      options: { blue: 'Azul', green: 'Verde', grey: 'Gris', 'not-sure': 'No lo sé' },
    },
    'tint-onset': {
      label: '¿Cuándo notó ese color?',
      options: {
        'from-start': 'Desde el principio',
        'over-time': 'Apareció poco a poco con el tiempo',
        'not-sure': 'No lo sé',
      },
    },
    'dots-appearance': {
      label: '¿Cómo se ven los puntos?',
      hint: 'Elija todas las que apliquen.',
      options: { 'too-large': 'Demasiado grandes', merging: 'Se juntan entre sí', blurry: 'Borrosos o difusos' },
    },
    'change-reason': {
      label: '¿Por qué quiere un cambio?',
      hint: 'Elija todas las que apliquen.',
      options: {
        'not-as-expected': 'No es lo que yo esperaba',
        oversold: 'Me prometieron más de lo que recibí',
        'comments-from-others': 'Cosas que otras personas me han dicho',
        'want-new-style': 'Quiero un estilo nuevo',
        'growing-hair': 'Quiero dejarme crecer el cabello',
        'hair-transplant': 'Pienso hacerme un trasplante de cabello',
        other: 'Otra cosa',
      },
    },
    goal: {
      label: '¿Qué le gustaría lograr?',
      options: {
        'complete-removal': 'Quitarlo todo',
        'fade-for-redo': 'Aclararlo para poder hacerlo de nuevo',
        'partial-removal': 'Quitar solo algunas partes, como la línea del cabello',
        'not-sure': 'Todavía no lo sé',
      },
    },
    'hair-status': {
      label: '¿Cuánto cabello propio le crece donde tiene SMP?',
      options: {
        'little-or-none': 'Poco o nada',
        thinning: 'Algo, pero es fino o escaso',
        most: 'Casi todo',
        'not-sure': 'No lo sé',
      },
    },
    'hair-transplant': {
      label: '¿Se ha hecho un trasplante de cabello, o piensa hacerse uno?',
      options: { had: 'Sí, ya me hice uno', planning: 'Sí, pienso hacerme uno', no: 'No, y no lo tengo pensado' },
    },
    'skin-type': {
      label: '¿Qué le pasa a su piel con el sol?',
      hint: 'Piense en su piel cuando no ha estado al sol por un tiempo.',
      options: {
        I: 'Siempre se quema, nunca se broncea',
        II: 'Casi siempre se quema, se broncea un poco',
        III: 'A veces se quema, se broncea poco a poco',
        IV: 'Rara vez se quema, se broncea bien',
        V: 'Muy rara vez se quema, se broncea muy bien',
        VI: 'Nunca se quema',
        'not-sure': 'No lo sé',
      },
    },
    'recent-tan': {
      label: '¿Se le ha bronceado o quemado el cuero cabelludo por el sol en las últimas 4 semanas?',
      options: { yes: 'Sí', no: 'No, para nada', 'not-sure': 'No lo sé' },
    },
    health: {
      label: '¿Alguna de estas cosas aplica en su caso?',
      hint: 'Elija todas las que apliquen. Esto ayuda a la clínica a planear una atención segura.',
      options: {
        'pregnant-or-breastfeeding': 'Estoy embarazada o dando pecho',
        isotretinoin: 'Tomé pastillas para el acné (isotretinoína, como Accutane) en el último año',
        'photosensitising-medication': 'Tomo una medicina que hace la piel más sensible al sol',
        'blood-thinners': 'Tomo medicinas para hacer la sangre más líquida (anticoagulantes)',
        'keloid-scarring': 'Me salen cicatrices gruesas y abultadas (queloides)',
        'scalp-condition': 'Tengo un problema en el cuero cabelludo, como sarpullido, llagas o una infección',
        'immune-condition': 'Tengo un problema de salud que baja las defensas del cuerpo',
        'gold-therapy': 'He recibido inyecciones o pastillas de oro',
        'pigment-reaction': 'Tuve una mala reacción a un tatuaje o a una tinta',
        none: 'Ninguna de estas',
      },
    },
    scarring: {
      label: '¿Hay cicatrices o piel con bultos donde tiene SMP?',
      options: {
        none: 'No, ninguna',
        slight: 'Sí, un poco',
        moderate: 'Sí, algo notorio',
        significant: 'Sí, mucho',
        'not-sure': 'No lo sé',
      },
    },
    'previous-removal': {
      label: '¿Ha intentado quitarlo o aclararlo antes?',
      options: {
        none: 'No, nunca',
        laser: 'Sí, con láser',
        'non-laser': 'Sí, de otra forma',
        both: 'Sí, de las dos formas',
      },
    },
    'previous-removal-sessions': {
      label: '¿Cuántas veces ha intentado quitarlo?',
      options: { '1-2': '1 o 2 veces', '3-5': 'De 3 a 5 veces', '6-plus': '6 veces o más' },
    },
  },
  texts: {
    'concern-details': {
      label: 'Cuéntenos qué le molesta.',
      hint: 'Use sus propias palabras.',
    },
    notes: {
      label: '¿Hay algo más que la clínica deba saber?',
      hint: 'Puede saltar esta pregunta.',
    },
  },
  sections: {
    'your-smp': 'Su SMP',
    change: 'Lo que quiere cambiar',
    goal: 'Su objetivo',
    'skin-health': 'Su piel y su salud',
    photos: 'Fotos',
    'anything-else': 'Algo más',
  },
  tintStep: {
    heading: 'Sobre el color de los puntos',
    hint: 'Conteste las dos preguntas.',
  },
  intro: {
    title: 'Revise su SMP antes de pedir que se lo quiten',
    lead: (clinic) =>
      `Conteste unas preguntas cortas sobre su micropigmentación capilar (SMP). Con sus respuestas hacemos un resumen para que ${
        clinic ?? 'la clínica'
      } lo lea antes de su cita.`,
    points: ['Toma unos 3 minutos.', 'Puede regresar y cambiar cualquier respuesta.', 'Esto no es un diagnóstico.'],
    privacy: 'Sus respuestas se quedan en este dispositivo hasta que usted decida enviarlas.',
    start: 'Empezar',
    resumeTitle: 'Hola de nuevo',
    resumeLead: 'Usted ya había empezado. Sus respuestas están guardadas en este dispositivo.',
    resume: 'Seguir donde se quedó',
    restart: 'Empezar de nuevo',
    draftDiscarded: 'No pudimos abrir sus respuestas guardadas, así que empezamos de nuevo.',
  },
  nav: {
    back: 'Atrás',
    continue: 'Continuar',
    continueToReview: 'Guardar y volver a sus respuestas',
    optional: '(opcional)',
    chooseAll: 'Elija todas las que apliquen.',
    charactersLeft: (left) => (left === 1 ? 'Le queda 1 carácter' : `Le quedan ${left} caracteres`),
    charactersTooMany: (over) => (over === 1 ? 'Tiene 1 carácter de más' : `Tiene ${over} caracteres de más`),
    loading: 'Cargando\u2026',
    part: (part, parts) => `Parte ${part} de ${parts}`,
    parts: {
      'your-smp': 'Su SMP',
      change: 'Lo que quiere cambiar',
      goal: 'Su objetivo',
      'skin-health': 'Su piel y su salud',
      'photos-notes': 'Fotos y notas',
    },
  },
  errors: {
    title: 'Hay un problema',
    prefix: 'Hay un error:',
    messages: {
      required: (kind) =>
        kind === 'text'
          ? 'Escriba su respuesta'
          : kind === 'multiple'
            ? 'Elija al menos una respuesta'
            : 'Elija una respuesta',
      'too-long': (_kind, max) => {
        const n = max ?? 0;
        return `Use ${n} ${n === 1 ? 'carácter' : 'caracteres'} o menos`;
      },
      'exclusive-none': () => 'Elija \u201cNinguna de estas\u201d o las otras respuestas, pero no las dos cosas',
      'unknown-option': () => 'Elija una de las respuestas que se muestran',
    },
    formIncomplete: 'Por favor, termine las preguntas sobre su SMP antes de enviar este formulario.',
  },
  review: {
    title: 'Revise sus respuestas',
    lead: 'Asegúrese de que cada respuesta esté bien. Puede cambiar cualquiera.',
    change: 'Cambiar',
    notAnswered: 'Sin responder',
    finish: 'Están bien, crear mi resumen',
    photosCount: (count) => (count === 0 ? 'Ninguna foto' : count === 1 ? '1 foto' : `${count} fotos`),
  },
  summary: {
    title: 'Su resumen de SMP',
    screenLead: 'Esto es lo que la clínica leerá cuando usted lo envíe.',
    reference: 'Referencia',
    completed: 'Completado',
    partner: 'Enviado desde',
    change: 'Lo que me gustaría cambiar',
    goal: 'Mi objetivo',
    discuss: 'Para hablar en mi consulta',
    discussNone: 'No marqué nada.',
    estimate: 'Cálculo aproximado de sesiones de láser',
    estimateRange: (low, high) =>
      low === high
        ? `Alrededor de ${low} ${low === 1 ? 'sesión' : 'sesiones'}`
        : `Alrededor de ${low} a ${high} sesiones`,
    estimateScale: 'Calculado con la escala Kirby-Desai',
    scores: {
      skinType: 'Tipo de piel',
      location: 'Ubicación',
      colour: 'Color de la tinta',
      amount: 'Cantidad de tinta',
      scarring: 'Cicatrices',
      layering: 'Capas de tinta',
    },
    caveat:
      'Este es solo un cálculo aproximado. La escala Kirby-Desai es de 2009. Se creó antes de los láseres más nuevos (de picosegundos) y no se probó en SMP. Su especialista lo revisará con usted en la consulta.',
    answers: 'Mis respuestas',
    photos: (count) => (count === 1 ? 'Se adjunta 1 foto.' : `Se adjuntan ${count} fotos.`),
    glance: 'En resumen',
    categories: {
      placement: 'Posición de la línea del cabello',
      density: 'Muy denso o muy oscuro',
      depth: 'Tinta muy profunda (color o puntos corridos)',
      'change-of-mind': 'Cambio de opinión',
      'new-style': 'Estilo nuevo',
    },
    clinicCopy: (language) => `El mismo resumen en ${language}`,
    attach: (clinic) =>
      `Para compartirlo, cópielo o descárguelo y agréguelo a la solicitud que envíe a ${clinic ?? 'la clínica'}.`,
    copy: 'Copiar resumen',
    copied: 'Resumen copiado.',
    copyFailed: 'No se pudo copiar. Por favor, use Descargar.',
    download: 'Descargar (.txt)',
    print: 'Imprimir',
    consult: 'Copiar resumen y pedir una consulta',
    notDiagnosis: 'Esto no es un diagnóstico.',
    readyNotSent: 'Su resumen está listo, pero todavía no se ha enviado.',
    sendNext: 'Ahora revise el resto de este formulario y envíelo.',
    send: 'Ir a enviar mi solicitud',
    sendMissing: 'No encontramos el botón que envía este formulario. Por favor, búsquelo más abajo en la página.',
    nothingSent: 'Todavía no se ha enviado nada.',
    consultNext: (clinic) =>
      `Para pedir una consulta a ${clinic ?? 'la clínica'}, use el botón de abajo. Copia su resumen para que pueda pegarlo en su solicitud.`,
    keepCopy: 'Guarde una copia para usted',
    downloaded: (file) => `Su resumen se está descargando como ${file}.`,
    printOpened: 'Se abrió la ventana para imprimir, solo con su resumen.',
  },
  photos: {
    title: 'Agregue fotos de su cuero cabelludo',
    lead: 'Las fotos ayudan a la clínica a planear. Puede saltar este paso o agregar hasta 5.',
    angles: {
      front: 'Línea del cabello (frente)',
      top: 'Parte de arriba',
      left: 'Lado izquierdo',
      right: 'Lado derecho',
      back: 'Parte de atrás',
    },
    guidance: {
      front: 'Mire a la cámara. Muestre toda la línea del cabello.',
      top: 'Sostenga el teléfono por encima de su cabeza.',
      left: 'Gire la cabeza hacia la derecha.',
      right: 'Gire la cabeza hacia la izquierda.',
      back: 'Pida ayuda a alguien o use un espejo.',
    },
    tips: 'Use luz del día, lleve el cabello corto y no use filtros. Sostenga el teléfono con el brazo estirado.',
    add: 'Agregar foto',
    replace: 'Reemplazar',
    remove: 'Quitar',
    processing: 'Preparando su foto\u2026',
    added: (angle) => `Foto agregada: ${angle}.`,
    removed: (angle) => `Foto quitada: ${angle}.`,
    notImage: 'Este archivo no es una foto. Por favor, elija una foto JPEG o PNG.',
    tooLarge: 'Esta foto es demasiado grande. Por favor, elija una de menos de 20 MB.',
    cannotRead: 'No pudimos abrir esta foto. Por favor, elija una foto JPEG o PNG.',
    notKept: 'No la guardamos.',
    notSaved:
      'No pudimos guardar sus fotos en este dispositivo. Si vuelve a cargar la página, tendrá que agregarlas otra vez.',
  },
  problems: {
    notLoaded:
      'No pudimos cargar la siguiente parte. Revise su conexión a internet y vuelva a tocar el botón. Sus respuestas siguen aquí.',
    photoNotLoaded: 'No pudimos preparar su foto. Revise su conexión a internet y vuelva a agregar la foto.',
    notSaving: 'Ahora no podemos guardar sus respuestas en este dispositivo. Deje esta página abierta hasta enviarlas.',
    privacyNotKept:
      'Sus respuestas no se envían hasta que usted lo decida. Este dispositivo no puede guardarlas si cierra la página.',
  },
};
