using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Segmentation.Cli.Input;
using Segmentation.Cli.Output;
using Segmentation.Rfm;
using Segmentation.Rfm.Aggregation;
using Segmentation.Rfm.Segments;
using Spectre.Console;

namespace Segmentation.Cli.Startup;

/// <summary>
/// Compiles the transaction commands' hot loops on the idle core while the runtime and the command
/// line start up (about 0.1 s). They are marked for full optimization, which ReadyToRun code does not
/// give, so each would otherwise be compiled on the critical path the first time it runs.
/// </summary>
internal static class HotPathPrecompiler
{
    // The library's largest size threshold (exponent buckets for monetary values): a warm-up this
    // large takes the paths a million customers take.
    private const int WarmUpCustomers = 1 << 18;

    // In the order the pipeline first needs them: read, sort, score, write.
    private static readonly Type[] HotTypes =
    [
        typeof(Utf8TransactionReader),
        typeof(OrdinalIdSort),
        typeof(ColumnPermutation),
        typeof(RfmSegmentTable),
        typeof(ScoresCsvWriter),
        typeof(NumberFormat),
        typeof(Digits),
    ];

    /// <summary>
    /// Starts compiling on a background thread when <paramref name="args"/> name a command that reads
    /// a transactions CSV (<c>rfm</c>, <c>report</c>); returns whether it started.
    /// </summary>
    public static bool StartFor(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is not ("rfm" or "report"))
        {
            return false;
        }

        new Thread(PrecompileInBackground) { IsBackground = true, Name = "segment precompile" }.Start();
        return true;
    }

    // Only a head start: if it fails, the command compiles the same code when it needs it and
    // reports any real error there, with its exit code, instead of an unhandled exception here.
    private static void PrecompileInBackground()
    {
        try
        {
            PrecompileAll();
        }
#pragma warning disable CA1031 // A failed warm-up must not end the run.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Compiles every hot method now, then builds the segment map; returns the methods compiled.</summary>
    public static IReadOnlyList<MethodInfo> PrecompileAll()
    {
        var methods = HotMethods();
        foreach (var method in methods)
        {
            RuntimeHelpers.PrepareMethod(method.MethodHandle);
        }

        WarmUpConsole();

        // The library's segment map compiles expression trees: tens of milliseconds, also off the critical path.
        _ = RfmSegmentTable.Default(new RfmScoringOptions().Bins);
        WarmUpScorer();
        return methods;
    }

    /// <summary>
    /// Renders a status line like the one printed after the read to a console that discards it: the
    /// first markup line costs some 30 ms (markup parsing, cell widths, type set-up), which would
    /// otherwise fall between the read and the sort. Returns what was rendered.
    /// </summary>
    public static string WarmUpConsole()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(text) });
        console.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0}[/]", "Read 0 rows in 0.00 s (0 rows/s)");
        return text.ToString();
    }

    /// <summary>
    /// Scores <see cref="WarmUpCustomers"/> synthetic customers on this thread, so the library's
    /// scoring kernels (generic math, which ReadyToRun cannot hold) are compiled along the paths a
    /// large input takes before the real scoring needs them.
    /// </summary>
    public static RfmScoreResult WarmUpScorer()
    {
        var recency = new int[WarmUpCustomers];
        var frequency = new int[WarmUpCustomers];
        var monetary = new double[WarmUpCustomers];
        for (var i = 0; i < WarmUpCustomers; i++)
        {
            recency[i] = i % 731;
            frequency[i] = 1 + (i % 17);
            monetary[i] = 1 + ((i * 7919L % 100_003) * 0.37);
        }

        return RfmScorer.Score(recency, frequency, monetary, new RfmScoringOptions { MaxDegreeOfParallelism = 1 }, customerIds: null);
    }

    /// <summary>Gets the hot types' methods marked <see cref="MethodImplOptions.AggressiveOptimization"/>, in the order of the pipeline (read, sort, score, write).</summary>
    public static IReadOnlyList<MethodInfo> HotMethods() =>
    [
        .. HotTypes.SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => IsFullyOptimized(method) && !method.ContainsGenericParameters),
    ];

    /// <summary>Gets whether <paramref name="method"/> is marked <see cref="MethodImplOptions.AggressiveOptimization"/>.</summary>
    public static bool IsFullyOptimized(MethodInfo method) =>
        (method.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0;
}
