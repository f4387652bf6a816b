// A plain page until the React tab arrives: the networks, in the browser's language, from the tab API.
(function () {
  const texts = {
    fi: { tagline: 'Vertaisoppimista kirjastojen henkilökunnalle', networks: 'Verkostot', coordinator: 'Koordinaattori', error: 'Verkostoja ei voitu hakea. Yritä hetken kuluttua uudelleen.' },
    sv: { tagline: 'Kollegialt lärande för bibliotekspersonal', networks: 'Nätverk', coordinator: 'Koordinator', error: 'Nätverken kunde inte hämtas. Försök igen om en stund.' },
    en: { tagline: 'Peer learning for library staff', networks: 'Networks', coordinator: 'Coordinator', error: 'The networks could not be loaded. Please try again in a moment.' },
  };
  const primary = (navigator.language || 'en').toLowerCase().split('-')[0];
  const lang = primary === 'fi' || primary === 'sv' ? primary : 'en';
  const text = texts[lang];
  document.documentElement.lang = lang;
  document.getElementById('tagline').textContent = text.tagline;
  document.getElementById('networks-heading').textContent = text.networks;
  const list = document.getElementById('networks');
  fetch('/api/networks', { headers: { 'Accept-Language': lang } })
    .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
    .then((data) => {
      for (const n of data.networks) {
        const item = document.createElement('li');
        const name = document.createElement('strong');
        name.textContent = n.name[lang];
        const description = document.createElement('p');
        description.textContent = n.description[lang];
        const people = document.createElement('p');
        people.className = 'coordinators';
        people.textContent = n.coordinators.map((c) => `${text.coordinator}: ${c.displayName}`).join(', ');
        item.append(name, description, people);
        list.append(item);
      }
    })
    .catch(() => {
      list.textContent = text.error;
    });
})();
