"""A question about the recipient's situation or supplier followed by the sender's offer, and its cousins, as named model
inputs in the five languages: the sender naming their trade beside an offer, an offer on a condition of the recipient's
need, stock being cleared, a candidate presented with the agency's terms. Each with a genuine twin that must not fire: a
broker friend answering the question they were asked, a peer asking which centrifuge someone runs because theirs broke,
a colleague saying "that's literally my job" of a chore."""

import pytest

from companion.guard.pitch_guard import analyse

FIRES = [
    ("supplier-question-then-offer", "Buenas Gonzalo, muy chulo el nuevo laboratorio 👏 ¿Ya tenéis proveedor para los "
                                     "consumibles de cromatografía? Si no, me encantaría pasaros una oferta de apertura."),
    ("supplier-question-then-offer", "Hi Dr. Patel, which centrifuges are you running in the lab at the moment? We're clearing "
                                     "some ex-demo Eppendorf 5810Rs with full warranty and I wondered if they'd be useful."),
    ("supplier-question-then-offer", "Salut Karim, petite question : vous achetez vos gants nitrile en direct ou via un marché "
                                     "public ? On distribue une nouvelle marque environ 20 % moins chère."),
    ("supplier-question-then-offer", "Hallo Lena, wie löst ihr eigentlich den Versand, seit euer Onlineshop so abgeht? Ich habe "
                                     "ein kleines Verpackungsstudio und würde euch gern einen Prototyp basteln."),
    ("supplier-question-then-offer", "Que massa o lançamento do app! Vocês têm time interno pra manutenção ou terceirizam? A gente "
                                     "da Appfactory tem um plano mensal de sustentação."),
    ("names-own-trade", "Hi Hannah, just noticed your checkout has a broken trust badge on mobile! (if you ever want someone to "
                        "look at the whole funnel, that's literally my job 😄)"),
    ("names-own-trade", "Hola Bea, vi que el sello del checkout sale roto en móvil (y si algún día quieres que alguien revise "
                        "todo el embudo, es literalmente a lo que me dedico 😄)"),
    ("names-own-trade", "Salut Karim, j'ai vu ton post sur ton accident de scooter. Au passage, si ton assureur traîne, je suis "
                        "courtier : je peux comparer ton contrat avec d'autres offres, ça ne te coûte rien."),
    ("names-own-trade", "Hi Anna, das Trust-Siegel in deinem Shop ist mobil kaputt (und falls du mal jemanden brauchst, der den "
                        "Funnel anschaut – das ist buchstäblich mein Job 😄)"),
    ("names-own-trade", "Ah, e se um dia vocês precisarem de seguro de vida, agora sou corretora credenciada na Porto, faço uma "
                        "cotação pra vcs sem custo 😉 se quiser."),
    ("names-own-trade", "Hi Jonas, hoffe, es ist wieder alles trocken. Falls die Versicherung sich querstellt: Ich bin Makler und "
                        "vergleiche deinen Hausratvertrag gern mit besseren Tarifen, kostet dich nichts."),
    ("names-own-trade", "Hey Steph, saw your post about the crazy electric bill 😅 I actually help families in Phoenix with this. "
                        "Want me to take a look at your bill? Totally free."),
    ("supplier-question-then-offer", "Hallo Herr Brückner, haben Sie für Ihre Objekte schon einen Sanierungsfahrplan? Wir "
                                     "erstellen den kostenlos mit."),
    ("offer-on-their-need", "Hey Priya, are you still renting in Leeds or did you end up buying? If you're still thinking about "
                            "it I can tell you roughly what you'd be able to borrow."),
    ("offer-on-their-need", "Hola Marta, ¿sigues de alquiler en Valencia? Si os lo estáis pensando, te puedo decir cuánto os prestarían."),
    ("offer-on-their-need", "Coucou Manon, vous êtes toujours en location à Nantes ? Si vous y pensez, je peux te dire combien "
                            "vous pourriez emprunter."),
    ("offer-on-their-need", "Hey Lisa, wohnt ihr noch zur Miete? Falls ihr drüber nachdenkt, kann ich dir grob sagen, was drin wäre."),
    ("offer-on-their-need", "Já têm fornecedor para os consumíveis? Se não, gostava muito de vos fazer uma proposta de abertura."),
    ("clears-stock", "We're clearing some ex-demo centrifuges with full warranty, happy to send details."),
    ("clears-stock", "¿No están buscando otro camión? Nos acaban de entrar dos Isuzu con pocos kilómetros."),
    ("clears-stock", "Bonjour, nous faisons un déstockage de nos imprimantes 3D ce mois-ci."),
    ("clears-stock", "Hallo Herr Weber, wir haben noch Vorführgeräte mit voller Garantie im Lager."),
    ("clears-stock", "Oi Paulo, estamos com queima de estoque de notebooks corporativos."),
    ("presents-candidate", "I've just spoken with an outstanding Senior Data Engineer. Anonymised profile attached - happy to "
                           "arrange an intro, standard terms apply."),
    ("presents-candidate", "Te adjunto el perfil anonimizado; si te interesa os pongo en contacto, con nuestras condiciones habituales."),
    ("presents-candidate", "Deux profils viennent de se libérer, je vous glisse leurs synthèses en PJ."),
    ("presents-candidate", "Ich habe eine Senior-Entwicklerin und sofort an Ihr Team gedacht. Das anonymisierte Profil hänge ich an."),
    ("presents-candidate", "Envio em anexo o perfil anonimizado; se tiver interesse, faço a ponte, nas nossas condições habituais."),
]

SILENT = [
    # a broker friend answering the question they were asked
    ("names-own-trade", "Thanks for asking! I'm a broker, so honestly I'd say fix for five years, I can send you a couple of "
                        "links on how it works."),
    ("names-own-trade", "Buena pregunta 🙂 Como soy corredora te diría que revises la franquicia, te puedo pasar un artículo."),
    # a colleague naming their job in a chat, no offer
    ("names-own-trade", "Ugh, reconciling the Q3 invoices again, that's literally my job this week 😩"),
    ("names-own-trade", "C'est littéralement mon métier de relire ces contrats, et je suis épuisée ce soir."),
    ("names-own-trade", "Das ist buchstäblich mein Job, aber heute habe ich keine Lust mehr."),
    # a peer asking which centrifuge someone runs, theirs broke
    ("supplier-question-then-offer", "Hi Priya, which centrifuges are you running in the lab at the moment? Ours broke last "
                                     "week and I need to pick a replacement."),
    ("supplier-question-then-offer", "Oye, ¿ya tenéis proveedor para los consumibles? El nuestro nos ha fallado otra vez, qué desastre."),
    ("supplier-question-then-offer", "Wie läuft eigentlich das Internet im neuen Büro? Bei uns fällt es ständig aus."),
    ("supplier-question-then-offer", "Habt ihr schon einen Babysitter für Samstag? Wir haben leider keinen gefunden."),
    ("names-own-trade", "Ich bin Makler, und heute kostet mich der Papierkram den letzten Nerv."),
    ("offer-on-their-need", "Can you make dinner on Friday? If not, I'll call you tomorrow to find another day."),
    ("offer-on-their-need", "¿Vienes el sábado? Si no, te llamo mañana y quedamos otro día."),
    ("clears-stock", "We finally cleared out the garage this weekend, so much junk!"),
    ("clears-stock", "Nos acaban de llegar los muebles del piso nuevo, ¡ven a verlo!"),
    ("presents-candidate", "Thanks for the intro to your team! I've attached my CV as you asked."),
    ("presents-candidate", "¿Qué condiciones os han puesto en la guardería? Las nuestras son carísimas."),
]


@pytest.mark.parametrize(("signal", "text"), FIRES)
def test_question_then_offer_is_an_input(signal, text):
    assert analyse(text).signals.get(signal) == 1.0


@pytest.mark.parametrize(("signal", "text"), SILENT)
def test_genuine_twin_does_not_fire(signal, text):
    assert signal not in analyse(text).signals
