using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Segmentation.Privacy;

/// <content>Reading keys from a file or an environment variable's value; no message ever shows key material.</content>
public sealed partial class CustomerIdPseudonymizer
{
    private const int MaximumKeyFileBytes = 4096;
    private const string HowToMakeOne = "make a key with `openssl rand -hex 32` (64 hex digits) and keep it apart from the exports";

    /// <summary>
    /// Reads a key file: hex text (what <c>openssl rand -hex 32</c> writes) or base64 text
    /// (<c>openssl rand -base64 32</c>), trailing spaces and newline ignored, in UTF-8 or, with a
    /// byte-order mark, UTF-16 (the mark is dropped); any other content that is not text is taken as
    /// the raw key bytes (<c>head -c 32 /dev/urandom</c>).
    /// </summary>
    /// <remarks>
    /// Text is: content after a UTF-8 or UTF-16 byte-order mark that decodes in that encoding to
    /// characters (no control, unassigned, private-use or lone surrogate code point but tab, line
    /// feed and carriage return); content without a mark that does so as UTF-8; and content that is
    /// not UTF-8 but looks like text in an 8-bit code page (no such control byte, at least three
    /// quarters printable ASCII: a Latin-1 passphrase). Text must be hex or base64; a passphrase, in
    /// any encoding, is refused.
    /// </remarks>
    /// <param name="path">The key file.</param>
    /// <returns>The pseudonymizer.</returns>
    /// <exception cref="SegmentationException">
    /// The file does not exist or cannot be read, is text but neither hex nor base64, holds fewer
    /// than <see cref="MinimumKeyLength"/> key bytes or a constant key; the message names the file
    /// and says how to make a key, and never shows the file's content.
    /// </exception>
    public static CustomerIdPseudonymizer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var content = ReadKeyFile(path);
        try
        {
            if (AsText(content) is { } text)
            {
                return FromText(text, $"the key file '{path}'");
            }

            return new CustomerIdPseudonymizer(content, $"the key file '{path}'");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(content);
        }
    }

    /// <summary>Reads a key given as text, e.g. an environment variable's value: hex or base64, surrounding white space ignored.</summary>
    /// <param name="text">The key text; <see langword="null"/> when the variable is not set.</param>
    /// <param name="source">What the text is, for messages, e.g. <c>the environment variable SEGMENT_PSEUDONYM_KEY</c>.</param>
    /// <returns>The pseudonymizer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">
    /// The text is missing, empty, neither hex nor base64, or decodes to fewer than
    /// <see cref="MinimumKeyLength"/> bytes or a constant key; the message names
    /// <paramref name="source"/> and never shows the text.
    /// </exception>
    public static CustomerIdPseudonymizer Parse(string? text, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (text is null)
        {
            throw new SegmentationException($"{Start(source)} is not set; {HowToMakeOne}.", source);
        }

        return FromText(text, source);
    }

    private static CustomerIdPseudonymizer FromText(string text, string source)
    {
        // A byte-order mark that came through as a character (an editor's, or an environment variable's).
        var trimmed = text.Trim().TrimStart('\uFEFF').Trim();
        if (trimmed.Length == 0)
        {
            throw new SegmentationException($"{Start(source)} is empty; {HowToMakeOne}.", source);
        }

        var key = Decode(trimmed) ?? throw new SegmentationException(
            $"{Start(source)} is neither hex nor base64 text (a passphrase is not a key); {HowToMakeOne}.", source);
        try
        {
            return new CustomerIdPseudonymizer(key, source);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    // Hex first: 64 hex digits are also valid base64, and hex is what `openssl rand -hex` writes.
    private static byte[]? Decode(string text)
    {
        if (text.Length % 2 == 0 && !text.AsSpan().ContainsAnyExcept(HexDigits))
        {
            return Convert.FromHexString(text);
        }

        if (text.Length % 4 == 0 && !text.AsSpan().ContainsAnyExcept(Base64Characters))
        {
            var bytes = new byte[text.Length / 4 * 3];
            return Convert.TryFromBase64String(text, bytes, out var written) ? bytes[..written] : null;
        }

        return null;
    }

    // The file's text, or null for raw key bytes (the rule is in Load's remarks). A random 32-byte
    // key passes for text about once in 130,000 keys (31 of 4,000,000: a byte-order mark and valid
    // characters, or three quarters printable ASCII), and is then refused, never misread.
    private static string? AsText(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf8Bom))
        {
            return Decode(StrictUtf8, content[Utf8Bom.Length..]);
        }

        if (content.StartsWith(Utf16LittleEndianBom))
        {
            return Decode(StrictUtf16LittleEndian, content[Utf16LittleEndianBom.Length..]);
        }

        if (content.StartsWith(Utf16BigEndianBom))
        {
            return Decode(StrictUtf16BigEndian, content[Utf16BigEndianBom.Length..]);
        }

        return Decode(StrictUtf8, content) ?? (IsEightBitText(content) ? Encoding.Latin1.GetString(content) : null);
    }

    private static string? Decode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsTextCharacter(rune))
            {
                return null;
            }
        }

        return text;
    }

    private static bool IsTextCharacter(Rune rune) => rune.Value is '\t' or '\n' or '\r' || Rune.GetUnicodeCategory(rune) is not
        (UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate);

    // Not UTF-8, but text in a code page such as Latin-1 or Windows-1252: no control byte and mostly printable ASCII.
    private static bool IsEightBitText(ReadOnlySpan<byte> content)
    {
        var ascii = 0;
        foreach (var b in content)
        {
            if (b is (< 0x20 and not (byte)'\n' and not (byte)'\r' and not (byte)'\t') or 0x7F)
            {
                return false;
            }

            ascii += b < 0x7F ? 1 : 0;
        }

        return ascii * 4 >= content.Length * 3;
    }

    private static void CheckKey(ReadOnlySpan<byte> key, string source)
    {
        if (key.Length < MinimumKeyLength)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"{Start(source)} holds {key.Length} key bytes; a pseudonym key needs at least {MinimumKeyLength} random bytes, so {HowToMakeOne}.");
            throw new SegmentationException(message, source);
        }

        if (!key.ContainsAnyExcept(key[0]))
        {
            throw new SegmentationException($"{Start(source)} holds the same byte over and over, which is no secret; {HowToMakeOne}.", source);
        }
    }

    // Read up to one byte past the limit instead of asking the length: a pipe (`<(pass show key)`) has none.
    private static byte[] ReadKeyFile(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var buffer = new byte[MaximumKeyFileBytes + 1];
            var length = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (length > MaximumKeyFileBytes)
            {
                CryptographicOperations.ZeroMemory(buffer);
                var message = string.Create(CultureInfo.InvariantCulture, $"The key file '{path}' has more than {MaximumKeyFileBytes} bytes; a key file holds one key (32 random bytes, or their hex or base64 text), so {HowToMakeOne}.");
                throw new SegmentationException(message, path);
            }

            var content = buffer[..length];
            CryptographicOperations.ZeroMemory(buffer);
            return content;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SegmentationException($"The key file '{path}' does not exist; {HowToMakeOne}.", path, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SegmentationException($"The key file '{path}' cannot be read ({e.Message}); give a readable file.", path, e);
        }
    }

    private static string Start(string source) => source.Length == 0 ? source : char.ToUpperInvariant(source[0]) + source[1..];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly SearchValues<char> Base64Characters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");
}
