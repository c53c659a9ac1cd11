using System.Text.Json;

namespace Segmentation.Serialization;

/// <summary>
/// Finds where a document that failed to parse went wrong, as a JSON path: the place where it
/// nests too deep, or where the syntax breaks. Runs only after a failure, so the success path
/// parses once.
/// </summary>
internal static class JsonErrorLocator
{
    internal static (string Path, bool TooDeep) Locate(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var frames = new List<Frame>();
        // One level more than the limit, so that this reader reports depth itself, not by throwing.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Advance(frames);
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            return (PathOf(frames), true);
                        }

                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The syntax error: the path reached so far is where it is.
        }

        return (PathOf(frames), false);
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = JsonPath.Root;
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path = JsonPath.Index(path, frame.Index);
            }
            else if (!frame.IsArray && frame.Property is { } property)
            {
                path = JsonPath.Property(path, property);
            }
        }

        return path;
    }

    private sealed class Frame(bool isArray)
    {
        internal bool IsArray { get; } = isArray;

        internal int Index { get; set; } = -1;

        internal string? Property { get; set; }
    }
}
