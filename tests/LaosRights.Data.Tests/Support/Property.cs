using CsCheck;

namespace LaosRights.Data.Tests.Support;

/// <summary>
/// Runs a CsCheck generator a fixed number of times from a fixed seed, so every run tests the same inputs.
/// A failure names the iteration and the CsCheck seed of its input, to replay it with
/// <c>gen.Sample(assert, seed: "…", iter: 1)</c> (which also shrinks it).
/// </summary>
internal static class Property
{
    public const ulong Seed = 20261128;

    public static void ForAll<T>(Gen<T> gen, int iterations, Action<T> assert, uint stream = 1)
    {
        var pcg = new PCG(stream, Seed);
        for (var i = 0; i < iterations; i++)
        {
            var replay = pcg.ToString(pcg.State);
            var value = gen.Generate(pcg, null, out _);
            try
            {
                assert(value);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    $"Property failed at iteration {i} (seed {Seed}, stream {stream}) for input {Check.Print(value)}; replay with seed \"{replay}\". {e.Message}", e);
            }
        }
    }
}
