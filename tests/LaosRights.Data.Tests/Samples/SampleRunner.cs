namespace LaosRights.Data.Tests.Samples;

internal delegate int SampleMain(string[] args, TextWriter output, TextWriter error);

/// <summary>Runs a sample in-process and captures what it writes.</summary>
internal static class SampleRunner
{
    public static (int ExitCode, string Output, string Error) Run(SampleMain main, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = main(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
