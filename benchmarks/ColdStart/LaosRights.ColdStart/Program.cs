using LaosRights.Data;

// One query result from the default dataset: the date Laos ratified the ICCPR.
Console.WriteLine(LaosRightsDataset.Default.Events["iccpr-ratification-2009"].Date);
