import type { Portal } from '../../src/knowledge/index.js';

/**
 * Default data of the fake portal. Shapes follow /work/shared/reference (Socrata Discovery and
 * views, Hub OGC search, ArcGIS item + layer, CKAN actions). Ids and titles come from the reference
 * where it gives them; ids marked "synthetic" and all descriptions, dates and extra columns are
 * test data, not facts about the cities.
 */

export interface SocrataFixture {
  domain: string;
  id: string;
  name: string;
  description: string;
  category?: string;
  attribution?: string;
  license?: string;
  createdAt: string;
  updatedAt: string;
  columns: { name: string; fieldName: string; dataTypeName: string }[];
}

export interface HubFixture {
  hub: string;
  /** Hub dataset id `{itemId}_{layer}` or a bare item id. */
  id: string;
  title: string;
  type: string;
  snippet: string;
  description: string;
  owner: string;
  slug: string;
  source?: string;
  /** Service URL as the item carries it (FeatureServer root or a layer). */
  url?: string;
  created: number;
  modified: number;
  licenseInfo?: string;
  accessInformation?: string;
  categories?: string[];
  fields: { name: string; alias: string; type: string }[];
}

export interface CkanFixture {
  name: string;
  id: string;
  title: string;
  notes: string;
  organization: string;
  license: string;
  group?: string;
  metadataCreated: string;
  metadataModified: string;
  resource?: {
    id: string;
    name: string;
    fields: { id: string; type: string; label?: string }[];
    total: number;
  };
}

const date = (iso: string) => Date.parse(iso);

export const SOCRATA_DATASETS: SocrataFixture[] = [
  {
    domain: 'data.kcmo.org',
    id: 'd4px-6rwg',
    name: '311 Call Center Reported Issues',
    description: 'Service requests reported to the 311 call center since March 2021.',
    category: '311',
    attribution: 'City of Kansas City, MO',
    createdAt: '2021-03-01T00:00:00.000Z',
    updatedAt: '2026-11-20T06:00:00.000Z',
    columns: [
      { name: 'Case ID', fieldName: 'case_id', dataTypeName: 'text' },
      { name: 'Open Date', fieldName: 'open_date_time', dataTypeName: 'calendar_date' },
      { name: 'Request Type', fieldName: 'request_type', dataTypeName: 'text' },
    ],
  },
  {
    domain: 'data.kcmo.org',
    id: '7at3-sxhp',
    name: 'KCMOPS311 Data',
    description: 'Older 311 service requests.',
    category: '311',
    createdAt: '2015-01-01T00:00:00.000Z',
    updatedAt: '2021-03-01T00:00:00.000Z',
    columns: [{ name: 'Case ID', fieldName: 'case_id', dataTypeName: 'number' }],
  },
  {
    domain: 'data.kcmo.org',
    id: 'nsn9-g8a4',
    name: 'KCPD Crime Data 2014',
    description: 'Crimes reported to the Kansas City Police Department in 2014.',
    category: 'Public Safety',
    attribution: 'Kansas City Police Department',
    createdAt: '2015-02-01T00:00:00.000Z',
    updatedAt: '2016-01-10T00:00:00.000Z',
    columns: [
      { name: 'Report No', fieldName: 'report_no', dataTypeName: 'text' },
      { name: 'Reported Date', fieldName: 'reported_date', dataTypeName: 'calendar_date' },
    ],
  },
  {
    domain: 'data.kcmo.org',
    id: 'isbe-v4d8',
    name: 'KCPD Crime Data 2024',
    description: 'Crimes reported to the Kansas City Police Department in 2024.',
    category: 'Public Safety',
    attribution: 'Kansas City Police Department',
    createdAt: '2024-01-05T00:00:00.000Z',
    updatedAt: '2026-11-25T00:00:00.000Z',
    columns: [
      { name: 'Report No', fieldName: 'report_no', dataTypeName: 'text' },
      { name: 'Reported Date', fieldName: 'reported_date', dataTypeName: 'calendar_date' },
    ],
  },
  {
    domain: 'data.kcmo.org',
    id: 'vq3e-m9ge',
    name: 'Property Violations',
    description: 'Property code violations.',
    category: 'Housing',
    createdAt: '2014-01-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    columns: [
      { name: 'Address', fieldName: 'address', dataTypeName: 'text' },
      { name: 'Violation Description', fieldName: 'violation_description', dataTypeName: 'text' },
      { name: 'Date Opened', fieldName: 'date_opn', dataTypeName: 'calendar_date' },
    ],
  },
  {
    domain: 'data.lacity.org',
    id: '2nrs-mtv8',
    name: 'Crime Data from 2020 to Present',
    description:
      'Incidents of crime in the City of Los Angeles dating back to 2020.\r\nTranscribed from original crime reports.',
    category: 'A Safe City',
    attribution: 'Los Angeles Police Department',
    license: 'Creative Commons 1.0 Universal',
    createdAt: '2020-02-10T00:00:00.000Z',
    updatedAt: '2026-11-24T00:00:00.000Z',
    columns: [
      { name: 'DR_NO', fieldName: 'dr_no', dataTypeName: 'text' },
      { name: 'Date Rptd', fieldName: 'date_rptd', dataTypeName: 'calendar_date' },
      { name: 'DATE OCC', fieldName: 'date_occ', dataTypeName: 'calendar_date' },
      { name: 'TIME OCC', fieldName: 'time_occ', dataTypeName: 'text' },
      { name: 'Crm Cd', fieldName: 'crm_cd', dataTypeName: 'text' },
      { name: 'Crm Cd Desc', fieldName: 'crm_cd_desc', dataTypeName: 'text' },
      { name: 'LAT', fieldName: 'lat', dataTypeName: 'number' },
    ],
  },
  {
    domain: 'data.lacity.org',
    id: '63jg-8b9z',
    name: 'Crime Data from 2010 to 2019',
    description: 'Incidents of crime in the City of Los Angeles from 2010 to 2019.',
    category: 'A Safe City',
    createdAt: '2017-01-01T00:00:00.000Z',
    updatedAt: '2020-01-15T00:00:00.000Z',
    columns: [{ name: 'DR_NO', fieldName: 'dr_no', dataTypeName: 'text' }],
  },
  {
    domain: 'data.lacity.org',
    id: 'wjz9-h9np',
    name: 'Parking Citations',
    description: 'Parking citations issued in the City of Los Angeles.',
    category: 'Transportation',
    createdAt: '2016-01-01T00:00:00.000Z',
    updatedAt: '2026-11-26T00:00:00.000Z',
    columns: [
      { name: 'Ticket number', fieldName: 'ticket_number', dataTypeName: 'text' },
      { name: 'Issue Date', fieldName: 'issue_date', dataTypeName: 'calendar_date' },
      { name: 'Fine amount', fieldName: 'fine_amount', dataTypeName: 'number' },
    ],
  },
  {
    domain: 'data.lacity.org',
    id: 'yv23-pmwf',
    name: 'Building and Safety Permit Information',
    description: 'Building permits issued by the Department of Building and Safety.',
    category: 'City Infrastructure & Service Requests',
    createdAt: '2016-01-01T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
    columns: [{ name: 'Permit #', fieldName: 'permit_', dataTypeName: 'text' }],
  },
  {
    domain: 'data.lacity.org',
    id: '6rrh-rzua',
    name: 'Listing of Active Businesses',
    description: 'Businesses registered with the Office of Finance.',
    category: 'Administration & Finance',
    createdAt: '2016-01-01T00:00:00.000Z',
    updatedAt: '2026-11-22T00:00:00.000Z',
    columns: [{ name: 'Business Name', fieldName: 'business_name', dataTypeName: 'text' }],
  },
  {
    domain: 'data.lacity.org',
    id: 'i5ke-k6by',
    name: 'MyLA311 Service Request Data 2022',
    description: 'MyLA311 service requests received in 2022.',
    category: 'City Infrastructure & Service Requests',
    createdAt: '2022-01-03T00:00:00.000Z',
    updatedAt: '2023-01-02T00:00:00.000Z',
    columns: [
      { name: 'SRNumber', fieldName: 'srnumber', dataTypeName: 'text' },
      { name: 'CreatedDate', fieldName: 'createddate', dataTypeName: 'calendar_date' },
    ],
  },
];

const MIAMI_SERVICES = 'https://services1.arcgis.com/CvuPhqcTQpZPT9qY/arcgis/rest/services';
const LA_FIXTURE_SERVICES = 'https://services.arcgis.com/lahubFixture/arcgis/rest/services';

export const HUB_DATASETS: HubFixture[] = [
  {
    hub: 'datahub-miamigis.opendata.arcgis.com',
    id: '7cc10915ede14bb58be312413842a4ce_0',
    title: '311 Service Requests',
    type: 'Feature Service',
    snippet: 'Service and information requests made to the City of Miami 311.',
    description: '<div><p>Service and information requests made to <b>City of Miami</b> 311.</p></div>',
    owner: 'MiamiGIS',
    slug: 'miamigis::311-service-requests',
    url: `${MIAMI_SERVICES}/Service_Requests_311/FeatureServer/0`,
    created: date('2019-05-01T00:00:00Z'),
    modified: date('2025-06-30T12:00:00Z'),
    licenseInfo: '<p>City of Miami</p>',
    accessInformation: 'City of Miami',
    categories: ['/Categories/City Services'],
    fields: [
      { name: 'OBJECTID', alias: 'OBJECTID', type: 'esriFieldTypeOID' },
      { name: 'TICKET_ID', alias: 'Ticket ID', type: 'esriFieldTypeString' },
      { name: 'CREATED', alias: 'Created', type: 'esriFieldTypeDate' },
      { name: 'Shape', alias: 'Shape', type: 'esriFieldTypeGeometry' },
    ],
  },
  {
    hub: 'datahub-miamigis.opendata.arcgis.com',
    // synthetic item id: the reference gives only the slug of this dataset.
    id: 'b0f1a2c3d4e5f60718293a4b5c6d7e8f_0',
    title: 'Building Permits Since 2014',
    type: 'Feature Service',
    snippet: 'Building permits issued by the City of Miami since 2014.',
    description: 'Building permits issued since 2014.',
    owner: 'MiamiGIS',
    slug: 'miamigis::building-permits-since-2014',
    url: `${MIAMI_SERVICES}/Building_Permits_Since_2014/FeatureServer/0`,
    created: date('2018-01-01T00:00:00Z'),
    modified: date('2026-11-26T08:00:00Z'),
    categories: ['/Categories/Permits'],
    fields: [
      { name: 'OBJECTID', alias: 'OBJECTID', type: 'esriFieldTypeOID' },
      { name: 'PermitNumber', alias: 'Permit Number', type: 'esriFieldTypeString' },
      { name: 'IssuedDate', alias: 'Issued Date', type: 'esriFieldTypeDate' },
    ],
  },
  {
    hub: 'datahub-miamigis.opendata.arcgis.com',
    // synthetic item id
    id: 'c1d2e3f4a5b60718293a4b5c6d7e8f90',
    title: 'Miami Neighborhoods',
    type: 'Feature Service',
    snippet: 'Neighborhood boundaries of the City of Miami.',
    description: 'Neighborhood boundaries.',
    owner: 'MiamiGIS',
    slug: 'miamigis::miami-neighborhoods',
    url: `${MIAMI_SERVICES}/Neighborhoods/FeatureServer`,
    created: date('2017-01-01T00:00:00Z'),
    modified: date('2024-03-01T00:00:00Z'),
    fields: [
      { name: 'OBJECTID', alias: 'OBJECTID', type: 'esriFieldTypeOID' },
      { name: 'LABEL', alias: 'Neighborhood', type: 'esriFieldTypeString' },
    ],
  },
  {
    hub: 'datahub-miamigis.opendata.arcgis.com',
    // A Miami-Dade County layer surfacing on the City's Hub: the look-alike to exclude.
    id: '21f56c05380e477ea3008fd527ddafe4_0',
    title: 'Commission Districts',
    type: 'Feature Service',
    snippet: 'Miami-Dade County commission districts.',
    description: 'County commission districts.',
    owner: 'MDC_GIS',
    slug: 'MDC::commission-districts',
    source: 'Miami-Dade County',
    url: 'https://services.arcgis.com/8Pc9XBTAsYuxx9Ny/arcgis/rest/services/CommissionDistrict/FeatureServer/0',
    created: date('2016-01-01T00:00:00Z'),
    modified: date('2024-01-01T00:00:00Z'),
    fields: [{ name: 'ID', alias: 'District', type: 'esriFieldTypeInteger' }],
  },
  {
    hub: 'geohub.lacity.org',
    // synthetic item id: the reference gives only the slug lahub::lapd-divisions.
    id: 'd2e3f4a5b6c70819203a4b5c6d7e8f91_0',
    title: 'LAPD Divisions',
    type: 'Feature Service',
    snippet: 'Boundaries of the LAPD geographic divisions.',
    description: '<p>Boundaries of the LAPD geographic divisions.</p>',
    owner: 'lahub_admin',
    slug: 'lahub::lapd-divisions',
    url: `${LA_FIXTURE_SERVICES}/LAPD_Divisions/FeatureServer/0`,
    created: date('2015-01-01T00:00:00Z'),
    modified: date('2025-01-15T00:00:00Z'),
    categories: ['/Categories/Public Safety'],
    fields: [
      { name: 'OBJECTID', alias: 'OBJECTID', type: 'esriFieldTypeOID' },
      { name: 'APREC', alias: 'Division', type: 'esriFieldTypeString' },
    ],
  },
  {
    hub: 'geohub.lacity.org',
    id: '607614502e93482fa80e5b9b5b4c3267_0',
    title: 'LAHSA Point-in-Time Homeless Count',
    type: 'Feature Service',
    snippet: 'Homeless count results by census tract.',
    description: 'Point-in-time homeless count results.',
    owner: 'lahub_admin',
    slug: 'lahub::homeless-count',
    url: `${LA_FIXTURE_SERVICES}/Homeless_Count/FeatureServer/0`,
    created: date('2017-06-01T00:00:00Z'),
    modified: date('2023-06-30T00:00:00Z'),
    fields: [
      { name: 'OBJECTID', alias: 'OBJECTID', type: 'esriFieldTypeOID' },
      { name: 'Tract', alias: 'Census Tract', type: 'esriFieldTypeString' },
      { name: 'totPeople', alias: 'Total People', type: 'esriFieldTypeInteger' },
    ],
  },
  {
    hub: 'geohub.lacity.org',
    // synthetic item id
    id: 'e3f4a5b6c7d80912304a5b6c7d8e9f02_0',
    title: 'Stop and Yield Signs',
    type: 'Feature Service',
    snippet: 'Location and orientation of stop and yield signs.',
    description: 'Stop and yield signs.',
    owner: 'lahub_admin',
    slug: 'lahub::stop-and-yield-signs',
    url: `${LA_FIXTURE_SERVICES}/Stop_Yield_Signs/FeatureServer/0`,
    created: date('2016-01-01T00:00:00Z'),
    modified: date('2026-10-01T00:00:00Z'),
    fields: [{ name: 'OBJECTID', alias: 'OBJECTID', type: 'esriFieldTypeOID' }],
  },
  {
    hub: 'geohub.lacity.org',
    // synthetic item id; an LA County item GeoHub also shows: the look-alike to exclude.
    id: 'f4a5b6c7d8e90123405b6c7d8e9f0a13_0',
    title: 'Census Block Groups 2020',
    type: 'Feature Service',
    snippet: 'Census block groups 2020 for Los Angeles County.',
    description: 'Block groups.',
    owner: 'lacounty_isd',
    slug: 'lacounty::census-block-groups-2020',
    source: 'County of Los Angeles',
    url: 'https://services.arcgis.com/laCountyFixture/arcgis/rest/services/BG2020/FeatureServer/0',
    created: date('2021-01-01T00:00:00Z'),
    modified: date('2021-06-01T00:00:00Z'),
    fields: [{ name: 'OBJECTID', alias: 'OBJECTID', type: 'esriFieldTypeOID' }],
  },
];

export const CKAN_DATASETS: CkanFixture[] = [
  {
    name: 'approved-building-permits',
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    title: 'Approved Building Permits',
    notes:
      'Building permits **approved** by the city. See [the permits page](https://data.example.gov/permits).',
    organization: 'Inspectional Services',
    license: 'Open Data Commons Public Domain Dedication and License (PDDL)',
    group: 'Permits',
    metadataCreated: '2016-03-01T10:00:00.000000',
    metadataModified: '2026-11-26T04:05:06.789012',
    resource: {
      id: '6ddcd912-32a0-43df-9908-63574f8c7e77',
      name: 'Approved Building Permits (CSV)',
      fields: [
        { id: '_id', type: 'int' },
        { id: 'permitnumber', type: 'text', label: 'Permit Number' },
        { id: 'issued_date', type: 'timestamp' },
        { id: 'declared_valuation', type: 'numeric' },
      ],
      total: 612345,
    },
  },
  {
    name: 'police-calls-for-service',
    id: 'a1b2c3d4-0000-4000-8000-000000000002',
    title: 'Police Calls for Service',
    notes: 'Calls for police service.',
    organization: 'Police Department',
    license: 'Creative Commons Attribution',
    metadataCreated: '2017-01-01T00:00:00',
    metadataModified: '2026-11-25T00:00:00',
    resource: {
      id: 'police-calls-for-service',
      name: 'Calls',
      fields: [
        { id: '_id', type: 'int' },
        { id: 'offense_date', type: 'timestamp' },
      ],
      total: 1000,
    },
  },
  {
    name: 'city-budget-pdf',
    id: 'a1b2c3d4-0000-4000-8000-000000000003',
    title: 'City Budget Documents',
    notes: 'Budget documents as PDF files.',
    organization: 'Budget Office',
    license: 'Other (Public Domain)',
    metadataCreated: '2019-01-01T00:00:00',
    metadataModified: '2025-07-01T00:00:00',
  },
];

const SOURCES = ['fixture'];

/** Portal objects as city files declare them, for tests. */
export const FIXTURE_PORTALS = {
  kansasCity: {
    id: 'kc-socrata',
    name: 'Open Data KC',
    platform: 'socrata',
    domain: 'data.kcmo.org',
    homeUrl: 'https://data.kcmo.org/',
    searchUrl: 'https://data.kcmo.org/browse?q={q}',
    holds: 'tables',
    sources: SOURCES,
  },
  losAngelesSocrata: {
    id: 'la-socrata',
    name: 'Los Angeles Open Data',
    platform: 'socrata',
    domain: 'data.lacity.org',
    homeUrl: 'https://data.lacity.org/',
    searchUrl: 'https://data.lacity.org/browse?q={q}',
    holds: 'tables',
    sources: SOURCES,
  },
  losAngelesGeoHub: {
    id: 'la-geohub',
    name: 'LA GeoHub',
    platform: 'arcgis-hub',
    domain: 'geohub.lacity.org',
    homeUrl: 'https://geohub.lacity.org/',
    searchUrl: 'https://geohub.lacity.org/search?q={q}',
    holds: 'GIS layers',
    // The fixture's own stand-in org: the real LA file declares none (the reference names no host).
    serviceHosts: [{ host: 'services.arcgis.com', pathPrefix: '/lahubFixture/', sources: SOURCES }],
    sources: SOURCES,
  },
  miami: {
    id: 'miami-hub',
    name: 'City of Miami Open Data',
    platform: 'arcgis-hub',
    domain: 'datahub-miamigis.opendata.arcgis.com',
    homeUrl: 'https://datahub-miamigis.opendata.arcgis.com/',
    searchUrl: 'https://datahub-miamigis.opendata.arcgis.com/search?q={q}',
    holds: 'GIS layers and tables',
    serviceHosts: [{ host: 'services1.arcgis.com', pathPrefix: '/CvuPhqcTQpZPT9qY/', sources: SOURCES }],
    sources: SOURCES,
  },
  ckan: {
    id: 'example-ckan',
    name: 'Example CKAN',
    platform: 'ckan',
    domain: 'data.example.gov',
    homeUrl: 'https://data.example.gov/',
    searchUrl: 'https://data.example.gov/dataset?q={q}',
    apiBase: 'https://data.example.gov',
    holds: 'tables and files',
    sources: SOURCES,
  },
  ckanUnderPath: {
    id: 'example-ckan-path',
    name: 'Example CKAN under a path',
    platform: 'ckan',
    domain: 'ckan.example.org',
    homeUrl: 'https://ckan.example.org/opendata/',
    searchUrl: 'https://ckan.example.org/opendata/dataset?q={q}',
    apiBase: 'https://ckan.example.org/opendata',
    holds: 'tables',
    sources: SOURCES,
  },
} satisfies Record<string, Portal>;

export const CITY_PORTALS: Record<'kansas-city' | 'los-angeles' | 'miami', Portal[]> = {
  'kansas-city': [FIXTURE_PORTALS.kansasCity],
  'los-angeles': [FIXTURE_PORTALS.losAngelesSocrata, FIXTURE_PORTALS.losAngelesGeoHub],
  miami: [FIXTURE_PORTALS.miami],
};
