using System.Globalization;
using System.Security.Cryptography;
using Segmentation.Privacy;

namespace Segmentation.Cli.Tests.Database;

/// <summary><c>--pseudonymize-key-file</c> with <c>--connection</c>: the pseudonyms of a table's ids are those of the same ids in a CSV.</summary>
public sealed partial class DatabaseInputTests
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rfm_FromTableWithKey_WritesThePseudonymousScoresOfTheCsv(string provider)
    {
        using var dir = new TempDirectory();
        using var db = Orders(provider, dir);
        var key = RandomNumberGenerator.GetBytes(32);
        dir.Write("pseudonym.key", Convert.ToHexStringLower(key));

        var fromCsv = await CliRun.RunAsync(dir.Path, "rfm", "orders", "--out", "csv.csv", "--pseudonymize-key-file", "pseudonym.key");
        var fromDb = await CliRun.RunAsync(dir.Path, "rfm", "--connection", db.ConnectionString, "--table", "orders", "--out", "db.csv", "--pseudonymize-key-file", "pseudonym.key");

        Assert.True(fromCsv.ExitCode == 0, fromCsv.Error);
        Assert.True(fromDb.ExitCode == 0, fromDb.Error);
        var scores = File.ReadAllText(dir.File("db.csv"));
        Assert.Equal(File.ReadAllText(dir.File("csv.csv")), scores);
        var pseudonymizer = new CustomerIdPseudonymizer(key);
        var expected = OrderRows().Select(r => pseudonymizer.Pseudonymize(r.Customer.ToString(CultureInfo.InvariantCulture))).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, scores.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]));
        Assert.Equal(File.ReadAllText(dir.File("csv.csv.pseudonym-key-id")), File.ReadAllText(dir.File("db.csv.pseudonym-key-id")));
    }
}
