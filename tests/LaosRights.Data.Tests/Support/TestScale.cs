namespace LaosRights.Data.Tests.Support;

/// <summary>
/// How many random cases the property and fuzz tests run. Full counts by default; a twentieth when the
/// environment variable <c>LAOSRIGHTS_QUICK_TESTS=1</c> is set (the mutation-testing script sets it, since it runs
/// the suite once per group of mutants).
/// </summary>
internal static class TestScale
{
    private static readonly bool Quick = Environment.GetEnvironmentVariable("LAOSRIGHTS_QUICK_TESTS") == "1";

    public static int Iterations(int full) => Quick ? Math.Max(10, full / 20) : full;
}
