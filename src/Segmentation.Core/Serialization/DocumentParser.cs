using System.Text;
using System.Text.Json;
using Segmentation.Binding;

namespace Segmentation.Serialization;

/// <summary>Parses document bytes within the size and depth limits, turning every failure into a <see cref="DefinitionException"/>.</summary>
internal static class DocumentParser
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    internal static T Parse<T>(ReadOnlySpan<byte> utf8, SegmentJsonReadOptions options, Func<JsonElement, T> read)
    {
        CheckSize(utf8.Length, options);
        // Files saved by some editors start with a UTF-8 byte order mark, which the reader does not skip.
        if (utf8.StartsWith(Utf8Bom))
        {
            utf8 = utf8[Utf8Bom.Length..];
        }

        var maxJsonDepth = SerializationConstants.JsonDepthFor(options.Limits.MaxDepth);
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxJsonDepth });
            document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                // Unreachable with AllowMultipleValues off (the reader throws), kept as a guard.
                throw new JsonException("Content follows the document.");
            }
        }
        catch (JsonException ex)
        {
            throw Describe(utf8, ex, maxJsonDepth, options.Limits.MaxDepth);
        }

        using (document)
        {
            return read(document.RootElement);
        }
    }

    internal static byte[] ToUtf8(string json, SegmentJsonReadOptions options)
    {
        // A UTF-8 encoding has at least one byte per UTF-16 char, so a long string fails fast.
        CheckSize(json.Length, options);
        CheckSize(Encoding.UTF8.GetByteCount(json), options);
        return Encoding.UTF8.GetBytes(json);
    }

    internal static async Task<ReadOnlyMemory<byte>> ReadAsync(Stream stream, SegmentJsonReadOptions options, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min(options.MaxDocumentBytes + 1, 16 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                CheckSize(length, options);
                Array.Resize(ref buffer, (int)Math.Min((long)options.MaxDocumentBytes + 1, buffer.Length * 2L));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        CheckSize(length, options);
        return buffer.AsMemory(0, length);
    }

    private static void CheckSize(int bytes, SegmentJsonReadOptions options)
    {
        if (bytes > options.MaxDocumentBytes)
        {
            throw new DefinitionException(
                JsonPath.Root,
                $"the document is larger than {options.MaxDocumentBytes} bytes.",
                "Split it into several documents or raise SegmentJsonReadOptions.MaxDocumentBytes.");
        }
    }

    private static DefinitionException Describe(ReadOnlySpan<byte> utf8, JsonException ex, int maxJsonDepth, int maxDepth)
    {
        var (path, tooDeep) = JsonErrorLocator.Locate(utf8, maxJsonDepth);
        return tooDeep
            ? new DefinitionException(
                path,
                $"the document is nested more than {maxJsonDepth} JSON levels deep, so its criteria are nested more than {maxDepth} deep.",
                "Flatten the definition (all/any take many children) or raise DefinitionLimits.MaxDepth.",
                ex)
            : new DefinitionException(
                path,
                $"the document is not valid JSON: {ex.Message}",
                "Expected well-formed JSON (RFC 8259): double-quoted names and strings, no comments, no trailing commas.",
                ex);
    }
}
