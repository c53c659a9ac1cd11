using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;

namespace Segmentation.Privacy;

/// <summary>
/// Replaces customer ids with keyed pseudonyms for exports: the same id and key always give the
/// same pseudonym, so exports made with one key can be joined, while without the key nobody can
/// tell which id a pseudonym stands for, not even by hashing a list of candidate ids.
/// </summary>
/// <remarks>
/// <para>
/// A pseudonym is the first 128 bits of HMAC-SHA256 under the key, over the bytes
/// <c>segment-pseudonym-v1</c>, a zero byte and the id in UTF-8, written as 32 lowercase hex digits
/// (<see cref="Algorithm"/>). The prefix keeps the pseudonyms apart from any other HMAC made with
/// the same key. 128 bits keep accidental collisions out of reach: among a billion ids the chance
/// that two share a pseudonym is below 10⁻²⁰.
/// </para>
/// <para>
/// Pseudonyms are still personal data (GDPR recital 26): whoever holds the key can link them back.
/// Keep the key away from the exports. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed partial class CustomerIdPseudonymizer
{
    /// <summary>The fewest key bytes accepted: 32, the size of the HMAC-SHA256 output.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>The number of characters of a pseudonym: 32 lowercase hex digits (128 bits).</summary>
    public const int PseudonymLength = PseudonymBytes * 2;

    /// <summary>The name of the scheme, written beside an export with the <see cref="KeyId"/>.</summary>
    public const string Algorithm = "hmac-sha256-128/segment-pseudonym-v1";

    private const int PseudonymBytes = 16;
    private const int StackMessageBytes = 256;

    // A lone surrogate would become U+FFFD under the lenient encoder, so two different ids could share a pseudonym.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _key;

    /// <summary>Creates a pseudonymizer from the key's bytes (they are copied).</summary>
    /// <param name="key">At least <see cref="MinimumKeyLength"/> random bytes, e.g. from <c>openssl rand -hex 32</c> decoded.</param>
    /// <exception cref="SegmentationException">The key is shorter than <see cref="MinimumKeyLength"/> bytes or all its bytes are equal.</exception>
    public CustomerIdPseudonymizer(ReadOnlySpan<byte> key)
        : this(key, "the key")
    {
    }

    private CustomerIdPseudonymizer(ReadOnlySpan<byte> key, string source)
    {
        CheckKey(key, source);
        _key = key.ToArray();
        KeyId = KeyIdOf(_key);
    }

    /// <summary>
    /// Gets a short public name of the key: 16 hex digits of SHA-256 over a domain-separation prefix
    /// and the key. It does not reveal the key; two exports with the same key id were made with the
    /// same key, so their pseudonyms can be joined. A new key (rotation) has a new key id.
    /// </summary>
    /// <value>16 lowercase hex digits.</value>
    public string KeyId { get; }

    /// <summary>Gives the pseudonym of one customer id.</summary>
    /// <param name="customerId">The id, exactly as in the data (compared ordinally, like everywhere in the library).</param>
    /// <returns><see cref="PseudonymLength"/> lowercase hex digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">The id is not valid Unicode (a lone surrogate).</exception>
    public string Pseudonymize(string customerId)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        return Pseudonymize(customerId, hmac: null);
    }

    /// <summary>Gives the pseudonyms of many ids, in their order, on all cores for long lists.</summary>
    /// <param name="customerIds">The ids.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One pseudonym per id, at the same index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerIds"/> or one of the ids is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">An id is not valid Unicode.</exception>
    public string[] PseudonymizeAll(IReadOnlyList<string> customerIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        const int Chunk = 4096;
        var result = new string[customerIds.Count];
        var chunks = (result.Length + Chunk - 1) / Chunk;
        try
        {
            Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
            {
                // One HMAC state per chunk, reset after each id: a fresh one per id (the static
                // HashData) costs more than twice as much as the hashing itself.
                using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
                var end = Math.Min(result.Length, (c + 1) * Chunk);
                for (var i = c * Chunk; i < end; i++)
                {
                    result[i] = Pseudonymize(customerIds[i] ?? throw new ArgumentNullException(nameof(customerIds), "A customer id is null."), hmac);
                }
            });
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return result;
    }

    /// <summary>
    /// Gives the order to write an export's rows in: by pseudonym. An export ordered by the real
    /// ids would let a row's position give its id back (with ids <c>C0001</c> to <c>C0999</c>, the
    /// tenth row is <c>C0010</c>), so pseudonymous rows are sorted by what they show.
    /// </summary>
    /// <param name="pseudonyms">The rows' pseudonyms.</param>
    /// <returns>The row indices, ordered by pseudonym (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pseudonyms"/> is <see langword="null"/>.</exception>
    public static int[] ExportOrder(IReadOnlyList<string> pseudonyms)
    {
        ArgumentNullException.ThrowIfNull(pseudonyms);
        var keys = pseudonyms.ToArray();
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order, StringComparer.Ordinal);
        return order;
    }

    /// <summary>Describes the scheme and the key id, never the key.</summary>
    /// <returns>For example <c>hmac-sha256-128/segment-pseudonym-v1, key id 3f2a9c0d11e4b7a6</c>.</returns>
    public override string ToString() => $"{Algorithm}, key id {KeyId}";

    private string Pseudonymize(string customerId, IncrementalHash? hmac)
    {
        var prefix = "segment-pseudonym-v1\0"u8;
        var size = prefix.Length + StrictUtf8.GetMaxByteCount(customerId.Length);
        byte[]? rented = null;
        var message = size <= StackMessageBytes ? stackalloc byte[StackMessageBytes] : (rented = ArrayPool<byte>.Shared.Rent(size));
        try
        {
            prefix.CopyTo(message);
            var length = prefix.Length + EncodeId(customerId, message[prefix.Length..]);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            if (hmac is null)
            {
                HMACSHA256.HashData(_key, message[..length], mac);
            }
            else
            {
                hmac.AppendData(message[..length]);
                hmac.GetHashAndReset(mac);
            }

            return Convert.ToHexStringLower(mac[..PseudonymBytes]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int EncodeId(string customerId, Span<byte> destination)
    {
        try
        {
            return StrictUtf8.GetBytes(customerId, destination);
        }
        catch (EncoderFallbackException e)
        {
            throw new SegmentationException("A customer id is not valid Unicode (it has a lone surrogate), so it has no pseudonym; check how the ids were read.", e);
        }
    }

    private static string KeyIdOf(byte[] key)
    {
        var prefix = "segment-pseudonym-key-id-v1\0"u8;
        var input = new byte[prefix.Length + key.Length];
        prefix.CopyTo(input);
        key.CopyTo(input, prefix.Length);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input, hash);
        CryptographicOperations.ZeroMemory(input);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
