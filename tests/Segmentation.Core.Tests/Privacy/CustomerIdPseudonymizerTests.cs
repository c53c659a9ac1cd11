using System.Security.Cryptography;
using System.Text;
using Segmentation.Privacy;

namespace Segmentation.Tests.Privacy;

public sealed class CustomerIdPseudonymizerTests
{
    // 00 01 02 ... 1f: the key of the fixed vectors below, computed with
    // printf 'segment-pseudonym-v1\0C042' | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102...1f
    private const string VectorKeyHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    private static readonly byte[] VectorKey = Convert.FromHexString(VectorKeyHex);

    [Theory]
    [InlineData("C042", "7fb2583fe0c3550e457152e9a40e66dc")]
    [InlineData("Zoë-Ω", "ea052b114a104bd71098535189ff29d9")]
    public void Pseudonymize_FixedVector_MatchesOpenSsl(string id, string expected)
    {
        Assert.Equal(expected, new CustomerIdPseudonymizer(VectorKey).Pseudonymize(id));
    }

    [Fact]
    public void KeyId_FixedVector_MatchesOpenSsl()
    {
        // (printf 'segment-pseudonym-key-id-v1\0'; printf 000102...1f | xxd -r -p) | openssl dgst -sha256
        Assert.Equal("c313f860a296cfbb", new CustomerIdPseudonymizer(VectorKey).KeyId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("c1")]
    [InlineData("customer,with \"quotes\"")]
    [InlineData("日本語の顧客")]
    public void Pseudonymize_AnyId_IsTheTruncatedHmacOverThePrefixedId(string id)
    {
        var key = RandomNumberGenerator.GetBytes(48);
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("segment-pseudonym-v1\0" + id));

        var pseudonym = new CustomerIdPseudonymizer(key).Pseudonymize(id);

        Assert.Equal(Convert.ToHexStringLower(expected.AsSpan(0, 16)), pseudonym);
        Assert.Equal(CustomerIdPseudonymizer.PseudonymLength, pseudonym.Length);
    }

    [Fact]
    public void Pseudonymize_LongId_UsesTheWholeId()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var id = new string('x', 5000) + "é";
        var other = new string('x', 5000) + "e";
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("segment-pseudonym-v1\0" + id));
        var pseudonymizer = new CustomerIdPseudonymizer(key);

        Assert.Equal(Convert.ToHexStringLower(expected.AsSpan(0, 16)), pseudonymizer.Pseudonymize(id));
        Assert.NotEqual(pseudonymizer.Pseudonymize(id), pseudonymizer.Pseudonymize(other));
    }

    [Fact]
    public void Pseudonymize_SameIdAndKey_SamePseudonymFromSeparateInstances()
    {
        var key = RandomNumberGenerator.GetBytes(32);

        Assert.Equal(new CustomerIdPseudonymizer(key).Pseudonymize("c7"), new CustomerIdPseudonymizer(key.ToArray()).Pseudonymize("c7"));
        Assert.Equal(new CustomerIdPseudonymizer(key).KeyId, new CustomerIdPseudonymizer(key.ToArray()).KeyId);
    }

    [Fact]
    public void Pseudonymize_DifferentKeyOrId_DifferentPseudonymAndKeyId()
    {
        var first = new CustomerIdPseudonymizer(RandomNumberGenerator.GetBytes(32));
        var second = new CustomerIdPseudonymizer(RandomNumberGenerator.GetBytes(32));

        Assert.NotEqual(first.Pseudonymize("c7"), second.Pseudonymize("c7"));
        Assert.NotEqual(first.Pseudonymize("c7"), first.Pseudonymize("c8"));
        Assert.NotEqual(first.KeyId, second.KeyId);
    }

    [Fact]
    public void Pseudonymize_IsNotThePlainHmacOfTheId()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var plain = Convert.ToHexStringLower(HMACSHA256.HashData(key, "c7"u8).AsSpan(0, 16));

        Assert.NotEqual(plain, new CustomerIdPseudonymizer(key).Pseudonymize("c7"));
    }

    [Fact]
    public void Pseudonymize_LoneSurrogate_IsRefusedInsteadOfSharingAPseudonym()
    {
        var pseudonymizer = new CustomerIdPseudonymizer(RandomNumberGenerator.GetBytes(32));

        var error = Assert.Throws<SegmentationException>(() => pseudonymizer.Pseudonymize("c\uD800"));
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PseudonymizeAll_ManyIds_EqualsOneByOneInOrder()
    {
        var pseudonymizer = new CustomerIdPseudonymizer(RandomNumberGenerator.GetBytes(32));
        var ids = Enumerable.Range(0, 10_001).Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var all = pseudonymizer.PseudonymizeAll(ids, TestContext.Current.CancellationToken);

        Assert.Equal(ids.Select(pseudonymizer.Pseudonymize), all);
        Assert.Equal(ids.Length, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void PseudonymizeAll_BadIdInALaterChunk_ThrowsItsOwnExceptionNotAnAggregate()
    {
        var pseudonymizer = new CustomerIdPseudonymizer(RandomNumberGenerator.GetBytes(32));
        var ids = Enumerable.Repeat("c", 9000).ToArray();

        ids[8500] = "c\uDC00";
        Assert.Throws<SegmentationException>(() => pseudonymizer.PseudonymizeAll(ids, TestContext.Current.CancellationToken));
        ids[8500] = null!;
        Assert.Throws<ArgumentNullException>(() => pseudonymizer.PseudonymizeAll(ids, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void ExportOrder_Pseudonyms_SortsTheRowIndicesByPseudonym()
    {
        string[] pseudonyms = ["b2", "a9", "c0", "a1"];

        Assert.Equal([3, 1, 0, 2], CustomerIdPseudonymizer.ExportOrder(pseudonyms));
    }

    [Fact]
    public void Constructor_ShortKey_SaysHowToMakeOne()
    {
        var error = Assert.Throws<SegmentationException>(() => new CustomerIdPseudonymizer(RandomNumberGenerator.GetBytes(31)));

        Assert.Contains("31 key bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -hex 32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ConstantKey_IsRefused()
    {
        var error = Assert.Throws<SegmentationException>(() => new CustomerIdPseudonymizer(new byte[32]));

        Assert.Contains("same byte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ShowsTheSchemeAndKeyIdButNoKey()
    {
        var pseudonymizer = new CustomerIdPseudonymizer(VectorKey);

        Assert.Equal("hmac-sha256-128/segment-pseudonym-v1, key id c313f860a296cfbb", pseudonymizer.ToString());
    }
}
