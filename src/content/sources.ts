import type { Source } from './types'

export const sources: Source[] = [
  {
    id: 'wikipedia-garcia-harfuch',
    title: 'Omar García Harfuch',
    publisher: 'Wikipedia',
    date: '2026',
    url: 'https://en.wikipedia.org/wiki/Omar_Garc%C3%ADa_Harfuch',
  },
  {
    id: 'elfinanciero-2023-09-09',
    title: 'García Harfuch renuncia a la SSC para unirse a la campaña de Sheinbaum',
    publisher: 'El Financiero',
    date: '2023-09-09',
    url: 'https://www.elfinanciero.com.mx/nacional/2023/09/09/garcia-harfuch-renuncia-a-la-ssc-para-unirse-a-la-campana-de-sheinbaum-esto-dijo/',
  },
  {
    id: 'eluniversal-2025-12-19',
    title: 'New York Times destaca rol de Harfuch en el combate del narco',
    publisher: 'El Universal',
    date: '2025-12-19',
    url: 'https://www.eluniversal.com.mx/mundo/new-york-times-destaca-rol-de-harfuch-en-el-combate-del-narco-resalta-intercambio-de-inteligencia-con-eu/',
  },
  {
    id: 'latin-american-news-2024-11-17',
    title: 'SSPC budget for 2025 (La Jornada report)',
    publisher: 'Latin American News',
    date: '2024-11-17',
    url: 'https://latin-american.news/?p=309232',
  },
  {
    id: 'expansion-2025-09-09',
    title: 'Ejecutivo pide ligero aumento para el sector seguridad, pero castiga a la SSPC',
    publisher: 'Expansión Política',
    date: '2025-09-09',
    url: 'https://politica.expansion.mx/mexico/2025/09/09/ejecutivo-pide-ligero-aumento-para-el-sector-seguridad-pero-castiga-a-la-sspc',
  },
  {
    id: 'expansion-2025-09-04',
    title: 'Más agentes, capacitación e investigación: van ahora sí por fortalecer policías',
    publisher: 'Expansión Política',
    date: '2025-09-04',
    url: 'https://politica.expansion.mx/mexico/2025/09/04/mas-agentes-capacitacion-e-investigacion-van-ahora-si-por-fortalecer-policias',
  },
]
