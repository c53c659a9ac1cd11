using nietras.SeparatedValues;

namespace Segmentation.Cli.Input;

/// <summary>A transaction file's header line: its delimiter (given or detected) and its column names.</summary>
internal static class HeaderLine
{
    /// <summary>
    /// The delimiter a header line is written with: the most frequent of ',', ';' and tab outside
    /// quotes (ties in that order), else runs of spaces when there are any, else ','.
    /// </summary>
    public static Delimiter Detect(string header)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in header)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
            }
        }

        if (commas + semicolons + tabs == 0)
        {
            return header.AsSpan().Trim().Contains(' ') ? Delimiter.Whitespace : Delimiter.Comma;
        }

        return commas >= semicolons && commas >= tabs ? Delimiter.Comma
            : semicolons >= tabs ? Delimiter.Semicolon
            : Delimiter.Tab;
    }

    /// <summary>Splits the header line into names; a duplicate name (after trimming) is an error naming both columns.</summary>
    public static string[] Names(string header, Delimiter delimiter, string file)
    {
        string[] names;
        if (delimiter == Delimiter.Whitespace)
        {
            names = header.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        }
        else
        {
            using var reader = Sep.Reader(o => o with { Sep = new Sep(InputDialect.Separator(delimiter)), HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(header);
            names = [];
            if (reader.MoveNext())
            {
                var row = reader.Current;
                names = new string[row.ColCount];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = row[i].ToString();
                }
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i].Trim();
            if (name.Length > 0 && !seen.TryAdd(name, i))
            {
                throw new CsvInputException(
                    file,
                    1,
                    $"the header names '{name}' twice (columns {seen[name] + 1} and {i + 1}); rename one of them so every column has its own name.");
            }
        }

        return names;
    }
}
