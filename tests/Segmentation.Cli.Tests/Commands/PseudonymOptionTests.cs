using System.Globalization;
using System.Security.Cryptography;
using Segmentation.Privacy;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>--pseudonymize-key-file and --pseudonymize-key-env: the ids of every export are keyed pseudonyms, the rest of each row is unchanged, and the key shows nowhere.</summary>
public sealed class PseudonymOptionTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    private static readonly string KeyHex = Convert.ToHexStringLower(Key);

    private static readonly CustomerIdPseudonymizer Pseudonymizer = new(Key);

    [Fact]
    public async Task Rfm_KeyFile_NoOriginalIdAnywhereAndTheSameRowsUnderPseudonyms()
    {
        using var dir = WithTransactions();
        dir.Write("pseudonym.key", KeyHex + "\n");

        var plain = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "plain.csv");
        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "scores.csv", "--report", "report.html", "--pseudonymize-key-file", "pseudonym.key");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, run.ExitCode);
        AssertPseudonymousTwin(dir, "plain.csv", "scores.csv");
        AssertNoRealId(File.ReadAllText(dir.File("report.html")));
        Assert.Equal($"algorithm=hmac-sha256-128/segment-pseudonym-v1\nkey_id={Pseudonymizer.KeyId}\n", File.ReadAllText(dir.File("scores.csv.pseudonym-key-id")));
        Assert.Contains(Pseudonymizer.KeyId, run.Error, StringComparison.Ordinal);
        AssertNoKey(dir, run);
    }

    [Fact]
    public async Task Types_KeyFile_SameRowsUnderPseudonyms()
    {
        using var dir = WithTransactions();
        dir.Write("pseudonym.key", KeyHex);

        Assert.Equal(0, (await CliRun.RunAsync(dir.Path, "types", "tx.csv", "--out", "plain.csv")).ExitCode);
        var run = await CliRun.RunAsync(dir.Path, "types", "tx.csv", "--out", "types.csv", "--pseudonymize-key-file", "pseudonym.key");

        Assert.Equal(0, run.ExitCode);
        AssertPseudonymousTwin(dir, "plain.csv", "types.csv");
        Assert.True(File.Exists(dir.File("types.csv.pseudonym-key-id")));
        AssertNoKey(dir, run);
    }

    [Fact]
    public async Task Predict_KeyFile_SameRowsUnderPseudonyms()
    {
        using var dir = WithTransactions();
        dir.Write("pseudonym.key", KeyHex);

        var plain = await CliRun.RunAsync(dir.Path, "predict", "tx.csv", "--out", "plain.csv");
        var run = await CliRun.RunAsync(dir.Path, "predict", "tx.csv", "--out", "predictions.csv", "--pseudonymize-key-file", "pseudonym.key");

        Assert.True(plain.ExitCode == 0, plain.Error);
        Assert.Equal(0, run.ExitCode);
        AssertPseudonymousTwin(dir, "plain.csv", "predictions.csv");
        AssertNoKey(dir, run);
    }

    [Fact]
    public async Task Evaluate_KeyFromEnvironment_SameRowsUnderPseudonyms()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", "customer_id,total_spend\n" + string.Concat(Ids.Select((id, i) => string.Create(CultureInfo.InvariantCulture, $"{id},{i * 37 % 2000}\n"))));
        dir.Write("segments.json", """{ "version": 1, "mode": "firstMatch", "fallback": "Rest", "segments": [ { "name": "VIP", "criteria": { "kind": "compare", "field": "total_spend", "operator": ">", "value": 1000 } } ] }""");
        var variables = new Dictionary<string, string> { ["SEGMENT_PSEUDONYM_KEY"] = KeyHex };

        var plain = await CliRun.RunAsync(dir.Path, variables, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--out", "plain.csv");
        var run = await CliRun.RunAsync(dir.Path, variables, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--out", "segments.csv", "--pseudonymize-key-env");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Ids[0], File.ReadAllText(dir.File("plain.csv")), StringComparison.Ordinal);
        AssertPseudonymousTwin(dir, "plain.csv", "segments.csv");
        AssertNoKey(dir, run);
    }

    [Theory]
    [InlineData("rfm")]
    [InlineData("types")]
    public async Task Suppress_MatchesTheRealIdBeforePseudonyms(string command)
    {
        using var dir = WithTransactions();
        dir.Write("pseudonym.key", KeyHex);
        dir.Write("gone.txt", "customer_id\n" + Ids[6] + "\n");

        var run = await CliRun.RunAsync(dir.Path, command, "tx.csv", "--suppress", "gone.txt", "--out", "out.csv", "--pseudonymize-key-file", "pseudonym.key");

        Assert.Equal(0, run.ExitCode);
        var exported = File.ReadAllLines(dir.File("out.csv")).Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToArray();
        Assert.Equal(Ids.Where(id => id != Ids[6]).Select(Pseudonymizer.Pseudonymize).Order(StringComparer.Ordinal), exported);
    }

    [Fact]
    public async Task Rfm_KeyFromEnvironment_EqualsTheKeyFile()
    {
        using var dir = WithTransactions();
        dir.Write("pseudonym.key", KeyHex);
        var variables = new Dictionary<string, string> { ["SEGMENT_PSEUDONYM_KEY"] = Convert.ToBase64String(Key) };

        var fromFile = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "file.csv", "--pseudonymize-key-file", "pseudonym.key");
        var fromVariable = await CliRun.RunAsync(dir.Path, variables, "rfm", "tx.csv", "--out", "env.csv", "--pseudonymize-key-env");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(0, fromVariable.ExitCode);
        Assert.Equal(File.ReadAllText(dir.File("file.csv")), File.ReadAllText(dir.File("env.csv")));
        Assert.Equal(File.ReadAllText(dir.File("file.csv.pseudonym-key-id")), File.ReadAllText(dir.File("env.csv.pseudonym-key-id")));
    }

    [Fact]
    public async Task Rfm_VariableSetWithoutTheFlag_IsNotUsed()
    {
        using var dir = WithTransactions();
        var variables = new Dictionary<string, string> { ["SEGMENT_PSEUDONYM_KEY"] = KeyHex };

        var run = await CliRun.RunAsync(dir.Path, variables, "rfm", "tx.csv", "--out", "scores.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Ids[0] + ",", File.ReadAllText(dir.File("scores.csv")), StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("scores.csv.pseudonym-key-id")));
    }

    [Fact]
    public async Task Rfm_StandardOutput_PseudonymsOnStdoutKeyIdOnStderrAndNoKeyIdFile()
    {
        using var dir = WithTransactions();
        dir.Write("pseudonym.key", KeyHex);

        var run = await CliRun.RunProcessAsync(dir.Path, "rfm", "tx.csv", "--out", "-", "--pseudonymize-key-file", "pseudonym.key");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Pseudonymizer.Pseudonymize(Ids[0]), run.Out, StringComparison.Ordinal);
        AssertNoRealId(run.Out);
        Assert.Contains("key id " + Pseudonymizer.KeyId, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(dir.FileNames(), n => n.EndsWith(".pseudonym-key-id", StringComparison.Ordinal));
        AssertNoKey(dir, run);
    }

    [Fact]
    public async Task Rfm_PlainRunOverAPseudonymousExport_RemovesTheOldKeyIdFile()
    {
        using var dir = WithTransactions();
        dir.Write("pseudonym.key", KeyHex);

        Assert.Equal(0, (await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "scores.csv", "--pseudonymize-key-file", "pseudonym.key")).ExitCode);
        Assert.True(File.Exists(dir.File("scores.csv.pseudonym-key-id")));
        Assert.Equal(0, (await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "scores.csv")).ExitCode);

        Assert.False(File.Exists(dir.File("scores.csv.pseudonym-key-id")));
    }

    [Theory]
    [InlineData("missing", "--pseudonymize-key-file: the file 'nope.key'", "does not exist")]
    [InlineData("folder", "--pseudonymize-key-file: 'keys' is a folder, not a file", "give the path of a file in it")]
    [InlineData("short", "--pseudonymize-key-file: The key file", "holds 16 key bytes")]
    [InlineData("umlaut", "--pseudonymize-key-file: The key file", "a passphrase is not a key")]
    [InlineData("both", "Pass either --pseudonymize-key-file or --pseudonymize-key-env", "not both")]
    [InlineData("empty-variable", "--pseudonymize-key-env: The environment variable SEGMENT_PSEUDONYM_KEY is empty", "openssl rand -hex 32")]
    [InlineData("unset-variable", "--pseudonymize-key-env: The environment variable SEGMENT_PSEUDONYM_KEY is not set", "openssl rand -hex 32")]
    [InlineData("no-out", "replace the ids of the --out file", "pass --out too")]
    public async Task Rfm_UnusableKey_IsAUsageErrorWithoutOutput(string problem, string expected, string fix)
    {
        using var dir = WithTransactions();
        var shortKey = Convert.ToHexStringLower(Key.AsSpan(0, 16));
        dir.Write("short.key", shortKey + "\n");
        dir.Write("pseudonym.key", KeyHex);
        Directory.CreateDirectory(dir.File("keys"));
        dir.Write("umlaut.key", "mein geheimes Passwört für die Kunden 2024\n");
        var variables = new Dictionary<string, string>();
        string[] key = problem switch
        {
            "missing" => ["--pseudonymize-key-file", "nope.key"],
            "folder" => ["--pseudonymize-key-file", "keys"],
            "short" => ["--pseudonymize-key-file", "short.key"],
            "umlaut" => ["--pseudonymize-key-file", "umlaut.key"],
            "both" => ["--pseudonymize-key-file", "pseudonym.key", "--pseudonymize-key-env"],
            "empty-variable" => ["--pseudonymize-key-env"],
            "unset-variable" => ["--pseudonymize-key-env"],
            _ => ["--pseudonymize-key-file", "pseudonym.key"],
        };
        if (problem == "empty-variable")
        {
            variables["SEGMENT_PSEUDONYM_KEY"] = "  ";
        }

        string[] output = problem == "no-out" ? [] : ["--out", "scores.csv"];
        var run = await CliRun.RunAsync(dir.Path, variables, ["rfm", "tx.csv", .. output, .. key]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains(fix, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, run.Error + run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(dir.File("scores.csv")));
        AssertNoKey(dir, run);
    }

    private static readonly string[] Ids = [.. Enumerable.Range(1, 240).Select(i => string.Create(CultureInfo.InvariantCulture, $"cust-{i:D5}"))];

    /// <summary>
    /// 240 customers who buy at their own rate from their first order until they drop out (the
    /// buy-till-you-die story, so predict's model fits), over two years, in a fixed random pattern.
    /// </summary>
    internal static TempDirectory WithTransactions()
    {
        var dir = new TempDirectory();
        var random = new Random(16);
        var start = new DateOnly(2023, 1, 1);
        var lines = new List<string> { "customer_id,order_date,amount" };
        foreach (var id in Ids)
        {
            var day = (double)random.Next(300);
            var meanGap = 15 + random.Next(120);
            var dropout = 0.05 + (random.NextDouble() * 0.4);
            do
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{id},{start.AddDays((int)day):yyyy-MM-dd},{random.Next(5, 400)}.{random.Next(100):D2}"));
                day += -meanGap * Math.Log(1 - random.NextDouble());
            }
            while (day < 730 && random.NextDouble() > dropout);
        }

        dir.Write("tx.csv", string.Join('\n', lines) + "\n");
        return dir;
    }

    /// <summary>
    /// The pseudonymous export has the plain export's rows with each id replaced by its pseudonym
    /// (computed here by the library from the key), ordered by pseudonym, and no real id anywhere.
    /// </summary>
    private static void AssertPseudonymousTwin(TempDirectory dir, string plainFile, string pseudonymousFile)
    {
        var plain = File.ReadAllLines(dir.File(plainFile));
        var pseudonymous = File.ReadAllLines(dir.File(pseudonymousFile));
        Assert.Equal(plain[0], pseudonymous[0]);
        Assert.Equal(plain.Length, pseudonymous.Length);
        Assert.True(plain.Length > 100);

        var expected = plain.Skip(1).Select(Split).ToDictionary(r => Pseudonymizer.Pseudonymize(r.Id), r => r.Fields, StringComparer.Ordinal);
        var rows = pseudonymous.Skip(1).Select(Split).ToArray();
        Assert.All(rows, r => Assert.Equal(expected[r.Id], r.Fields));
        Assert.Equal(rows.Select(r => r.Id).Order(StringComparer.Ordinal), rows.Select(r => r.Id));
        AssertNoRealId(string.Join('\n', pseudonymous));
    }

    private static (string Id, string Fields) Split(string line)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        return (line[..comma], line[comma..]);
    }

    // Every real id starts with "cust-"; the digits alone could turn up in a hex pseudonym by chance.
    private static void AssertNoRealId(string text) => Assert.DoesNotContain("cust-", text, StringComparison.Ordinal);

    /// <summary>No form of the key (hex either case, base64, the bytes) in the console or any file of the run but the key file itself.</summary>
    private static void AssertNoKey(TempDirectory dir, CliRun run)
    {
        var texts = dir.FileNames().Where(n => !n.EndsWith(".key", StringComparison.Ordinal)).Select(n => File.ReadAllText(dir.File(n))).Append(run.Out).Append(run.Error);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(KeyHex[..16], text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToBase64String(Key)[..16], text, StringComparison.Ordinal);
            Assert.DoesNotContain(System.Text.Encoding.Latin1.GetString(Key, 0, 8), text, StringComparison.Ordinal);
        }
    }
}
