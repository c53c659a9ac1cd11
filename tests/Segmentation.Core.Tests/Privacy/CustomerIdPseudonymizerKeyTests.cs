using System.Security.Cryptography;
using System.Text;
using Segmentation.Privacy;

namespace Segmentation.Tests.Privacy;

/// <summary>Key files and key text: the forms read, the mistakes refused, and no message that shows the key.</summary>
public sealed class CustomerIdPseudonymizerKeyTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("segment-keys-").FullName;

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("hex")]
    [InlineData("HEX")]
    [InlineData("base64")]
    [InlineData("raw")]
    public void Load_EachForm_GivesTheSameKeyAsTheBytes(string form)
    {
        var path = Write(form switch
        {
            "hex" => Encoding.ASCII.GetBytes(Convert.ToHexStringLower(Key) + "\n"),
            "HEX" => Encoding.ASCII.GetBytes(Convert.ToHexString(Key) + "\r\n"),
            "base64" => Encoding.ASCII.GetBytes(Convert.ToBase64String(Key) + "\n"),
            _ => RawKeyEndingInANewline(),
        });
        var expected = form == "raw" ? new CustomerIdPseudonymizer(RawKeyEndingInANewline()) : new CustomerIdPseudonymizer(Key);

        var loaded = CustomerIdPseudonymizer.Load(path);

        Assert.Equal(expected.KeyId, loaded.KeyId);
        Assert.Equal(expected.Pseudonymize("c1"), loaded.Pseudonymize("c1"));
    }

    [Fact]
    public void Load_MissingFile_NamesItAndSaysHowToMakeAKey()
    {
        var path = Path.Combine(_directory, "nope.key");

        var error = Assert.Throws<SegmentationException>(() => CustomerIdPseudonymizer.Load(path));

        Assert.Contains("nope.key' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -hex 32", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00112233445566778899aabbccddeeff\n", "16 key bytes")]
    [InlineData("my secret passphrase of forty characters!\n", "neither hex nor base64")]
    [InlineData("\n\n", "is empty")]
    public void Load_BadTextKey_SaysWhatIsWrongWithoutShowingIt(string content, string expected)
    {
        var path = Write(Encoding.ASCII.GetBytes(content));

        var error = Assert.Throws<SegmentationException>(() => CustomerIdPseudonymizer.Load(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(content.Trim().Length == 0 ? "\n\n" : content.Trim(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-16le with BOM")]
    [InlineData("utf-16be with BOM")]
    [InlineData("latin-1")]
    public void Load_NonAsciiPassphrase_IsRefusedInEveryEncoding(string encoding)
    {
        const string Passphrase = "mein geheimes Passwört für die Kunden 2024\n";
        var path = Write(Encoded(Passphrase, encoding));

        var error = Assert.Throws<SegmentationException>(() => CustomerIdPseudonymizer.Load(path));

        Assert.Contains("neither hex nor base64 text (a passphrase is not a key)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("geheimes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-16le with BOM")]
    [InlineData("utf-16be with BOM")]
    public void Load_HexWithAByteOrderMark_GivesTheSameKeyAsPlainHex(string encoding)
    {
        var plain = CustomerIdPseudonymizer.Load(Write(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(Key) + "\n")));

        var marked = CustomerIdPseudonymizer.Load(Write(Encoded(Convert.ToHexStringLower(Key) + "\r\n", encoding)));

        Assert.Equal(new CustomerIdPseudonymizer(Key).KeyId, plain.KeyId);
        Assert.Equal(plain.KeyId, marked.KeyId);
        Assert.Equal(plain.Pseudonymize("c1"), marked.Pseudonymize("c1"));
    }

    [Fact]
    public void Load_RandomRawKeys_AreTakenAsTheirBytes()
    {
        // Seeded, so the test is the same every run; about one random key in 130,000 would pass for text.
        var random = new Random(20261205);
        byte[][] keys = [.. Enumerable.Range(0, 300).Select(_ => RandomBytes(random, 32)), RandomBytes(random, 64), LooksLikeAByteOrderMark()];

        foreach (var key in keys)
        {
            Assert.Equal(new CustomerIdPseudonymizer(key).KeyId, CustomerIdPseudonymizer.Load(Write(key)).KeyId);
        }
    }

    [Fact]
    public void Parse_TextWithAByteOrderMarkCharacter_GivesTheSameKey()
    {
        var parsed = CustomerIdPseudonymizer.Parse("\uFEFF" + Convert.ToHexStringLower(Key) + "\n", "K");

        Assert.Equal(new CustomerIdPseudonymizer(Key).KeyId, parsed.KeyId);
    }

    [Fact]
    public void Load_HugeFile_IsNotAKeyFile()
    {
        var path = Write(RandomNumberGenerator.GetBytes(5000));

        var error = Assert.Throws<SegmentationException>(() => CustomerIdPseudonymizer.Load(path));

        Assert.Contains("more than 4096 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HexText_TrimsWhiteSpace()
    {
        var parsed = CustomerIdPseudonymizer.Parse("  " + Convert.ToHexStringLower(Key) + "\n", "the environment variable SEGMENT_PSEUDONYM_KEY");

        Assert.Equal(new CustomerIdPseudonymizer(Key).KeyId, parsed.KeyId);
    }

    [Theory]
    [InlineData(null, "The environment variable K is not set")]
    [InlineData("", "The environment variable K is empty")]
    [InlineData("   ", "The environment variable K is empty")]
    [InlineData("zz", "The environment variable K is neither hex nor base64")]
    [InlineData("abcd", "The environment variable K holds 2 key bytes")]
    public void Parse_BadText_NamesTheSource(string? text, string expected)
    {
        var error = Assert.Throws<SegmentationException>(() => CustomerIdPseudonymizer.Parse(text, "the environment variable K"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("the environment variable K", error.Location);
    }

    [Fact]
    public void Parse_ShortKey_MessageShowsNoKeyMaterial()
    {
        var shortKey = RandomNumberGenerator.GetBytes(20);
        var hex = Convert.ToHexStringLower(shortKey);
        var base64 = Convert.ToBase64String(shortKey);

        var fromHex = Assert.Throws<SegmentationException>(() => CustomerIdPseudonymizer.Parse(hex, "K"));
        var fromBase64 = Assert.Throws<SegmentationException>(() => CustomerIdPseudonymizer.Parse(base64, "K"));

        foreach (var message in new[] { fromHex.Message, fromBase64.Message })
        {
            Assert.Contains("20 key bytes", message, StringComparison.Ordinal);
            Assert.DoesNotContain(hex[..8], message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(base64[..8], message, StringComparison.Ordinal);
        }
    }

    private static byte[] Encoded(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8 with BOM" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le with BOM" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be with BOM" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Encoding.Latin1.GetBytes(text),
    };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    // A raw key that starts like UTF-16 text but is none: a lone high surrogate (D800, then 'A') follows the mark.
    private static byte[] LooksLikeAByteOrderMark() => [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, .. RandomBytes(new Random(7), 26)];

    // Raw bytes are taken as they are: a final 0x0A is part of the key, not a line end.
    private static byte[] RawKeyEndingInANewline() => [0x00, .. Key, 0x0A];

    private string Write(byte[] content)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".key");
        File.WriteAllBytes(path, content);
        return path;
    }
}
