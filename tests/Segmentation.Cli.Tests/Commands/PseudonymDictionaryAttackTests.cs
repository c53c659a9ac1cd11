using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>
/// Issue 16: without the key, a dictionary of candidate ids does not recover the ids of a
/// pseudonymous export. The attacker knows the id format, so the dictionary holds every real id;
/// with the key the same matcher recovers them all, which shows it can match.
/// </summary>
public sealed class PseudonymDictionaryAttackTests
{
    [Fact]
    public async Task Rfm_ExportedPseudonyms_NoDictionaryHashWithoutTheKeyMatchesAndWithTheKeyAllDo()
    {
        using var dir = PseudonymOptionTests.WithTransactions();
        var key = RandomNumberGenerator.GetBytes(32);
        dir.Write("pseudonym.key", Convert.ToHexStringLower(key));
        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "scores.csv", "--pseudonymize-key-file", "pseudonym.key");
        Assert.Equal(0, run.ExitCode);
        var exported = File.ReadAllLines(dir.File("scores.csv")).Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var keyId = File.ReadAllText(dir.File("scores.csv.pseudonym-key-id")).Split('\n')[1]["key_id=".Length..];

        // Every id of the sample's format: the 240 real ones and 99,760 more.
        var dictionary = Enumerable.Range(0, 100_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"cust-{i:D5}")).ToArray();
        var wrongKey = RandomNumberGenerator.GetBytes(32);
        var guesses = new Func<string, byte[]>[]
        {
            id => SHA256.HashData(Encoding.UTF8.GetBytes(id)),
            id => SHA256.HashData(Prefixed(id)),
            id => SHA512.HashData(Encoding.UTF8.GetBytes(id)),
#pragma warning disable CA5350, CA5351 // the attacker tries the weak hashes a careless export might have used
            id => SHA1.HashData(Encoding.UTF8.GetBytes(id)),
            id => MD5.HashData(Encoding.UTF8.GetBytes(id)),
#pragma warning restore CA5350, CA5351
            id => HMACSHA256.HashData(wrongKey, Prefixed(id)),
            id => HMACSHA256.HashData(wrongKey, Encoding.UTF8.GetBytes(id)),
            id => HMACSHA256.HashData(Array.Empty<byte>(), Prefixed(id)),
            id => HMACSHA256.HashData(new byte[32], Prefixed(id)),
            id => HMACSHA256.HashData(Encoding.ASCII.GetBytes(keyId), Prefixed(id)),
            id => HMACSHA256.HashData(Convert.FromHexString(keyId), Prefixed(id)),
        };

        var recovered = guesses.Sum(guess => Matches(dictionary, exported, guess));
        var withTheKey = Matches(dictionary, exported, id => HMACSHA256.HashData(key, Prefixed(id)));

        Assert.Equal(240, exported.Count);
        Assert.Equal(0, recovered);
        Assert.Equal(exported.Count, withTheKey);
    }

    private static byte[] Prefixed(string id) => Encoding.UTF8.GetBytes("segment-pseudonym-v1\0" + id);

    /// <summary>How many exported pseudonyms equal a 128-bit window (first or last) of a dictionary id's hash, in lowercase or uppercase hex.</summary>
    private static int Matches(string[] dictionary, HashSet<string> exported, Func<string, byte[]> hash)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in dictionary)
        {
            var digest = hash(id);
            foreach (var window in new[] { digest.AsSpan(0, 16).ToArray(), digest.AsSpan(digest.Length - 16).ToArray() })
            {
                var hex = Convert.ToHexStringLower(window);
                if (exported.Contains(hex) || exported.Contains(hex.ToUpperInvariant()))
                {
                    found.Add(hex);
                }
            }
        }

        return found.Count;
    }
}
