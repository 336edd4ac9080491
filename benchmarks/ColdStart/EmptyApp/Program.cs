Console.WriteLine("2009-09-25");
