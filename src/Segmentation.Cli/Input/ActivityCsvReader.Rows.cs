using System.Globalization;
using Segmentation.CustomerTypes;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>The checks of one file's rows and their hand-over to the builder.</summary>
internal sealed partial class ActivityCsvReader
{
    /// <summary>Every row goes through <see cref="Add"/>: checked where its line is known, then recorded or reported.</summary>
    private sealed class Rows(ActivityCsvReader reader, string name, int[] map, int headerCount, CustomerProfileBuilder builder, InvalidRows invalid, Func<long>? position, long total, CancellationToken cancellationToken)
    {
        private readonly RowErrors _errors = new(
            new TransactionColumns
            {
                CustomerId = reader.Source.Columns[0].Name,
                OrderDate = reader.Source.Columns[1].Name,
                Amount = reader.Source.Columns.Count > 2 ? reader.Source.Columns[2].Name : string.Empty,
            },
            reader.Dialect,
            reader.Source.RowName);

        public long Count { get; private set; }

        /// <summary>Gets the header positions of the source's columns that the file has.</summary>
        public int[] Columns { get; } = [.. map.Where(i => i >= 0)];

        public void Add(long line, string[] fields)
        {
            Tick();
            var error = fields.Length != headerCount ? RowErrors.ColumnCount(fields.Length, headerCount) : Record(fields);
            if (error is null)
            {
                return;
            }

            var exception = new CsvInputException(name, line, error);
            if (!reader.SkipInvalid)
            {
                throw exception;
            }

            invalid.Add(exception);
        }

        /// <summary>Checks one row and records it; returns the reason it is invalid, or null.</summary>
        private string? Record(string[] fields)
        {
            // The id as written, not trimmed: the same customer as in `segment rfm`.
            var id = fields[map[0]].AsSpan();
            var dateText = fields[map[1]];
            if (!reader.Dialect.TryParseDate(dateText, out var date))
            {
                return id.IsWhiteSpace() ? _errors.EmptyId() : _errors.BadDate(dateText);
            }

            if (id.IsWhiteSpace())
            {
                return _errors.EmptyId();
            }

            var customer = id.ToString();
            if (reader.Suppressed?.Contains(customer) == true)
            {
                return null;
            }

            if (date > reader.AsOf)
            {
                return _errors.AfterAsOf(date, reader.AsOf.Value);
            }

            var at = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            switch (reader.Source.Kind)
            {
                case ActivityKind.Orders:
                    var parsed = reader.Dialect.TryParseAmount(fields[map[2]], out var amount);
                    if (parsed != MoneyParse.Parsed)
                    {
                        return _errors.BadAmount(fields[map[2]], parsed);
                    }

                    var promotion = false;
                    if (map[4] >= 0 && Flag(4, fields, out promotion) is { } badPromotion)
                    {
                        return badPromotion;
                    }

                    var order = map[3] >= 0 ? fields[map[3]].Trim() : null;
                    builder.AddOrder(customer, at, amount, promotion, order);
                    return null;
                case ActivityKind.Visits:
                    builder.AddInteraction(customer, at);
                    return null;
                case ActivityKind.Tickets:
                    if (Flag(2, fields, out var complaint) is { } badComplaint)
                    {
                        return badComplaint;
                    }

                    if (Flag(3, fields, out var open) is { } badOpen)
                    {
                        return badOpen;
                    }

                    builder.AddTicket(customer, at, complaint, open);
                    return null;
                case ActivityKind.Reviews:
                    if (Number(2, fields, 1, 5, out var stars) is { } badStars)
                    {
                        return badStars;
                    }

                    builder.AddReview(customer, at, stars);
                    return null;
                case ActivityKind.Referrals:
                    builder.AddReferral(customer, at);
                    return null;
                default:
                    if (Number(2, fields, 0, 10, out var score) is { } badScore)
                    {
                        return badScore;
                    }

                    builder.AddNpsAnswer(customer, at, score);
                    return null;
            }
        }

        /// <summary>Reads a yes/no column: true, yes, 1 or false, no, 0 (any case); an empty cell is no.</summary>
        private string? Flag(int column, string[] fields, out bool value)
        {
            var text = fields[map[column]].AsSpan().Trim();
            value = text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1");
            return value || text.IsEmpty || text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("0")
                ? null
                : $"'{reader.Source.Columns[column].Name}' is '{Clip(text)}', not true or false (yes/no and 1/0 are accepted too; an empty cell is false).";
        }

        private string? Number(int column, string[] fields, int min, int max, out int value)
        {
            var text = fields[map[column]].AsSpan().Trim();
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"'{reader.Source.Columns[column].Name}' is '{Clip(text)}', not a whole number from {min} to {max}.");
        }

        private static string Clip(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "...");

        private void Tick()
        {
            if ((++Count & (ProgressEvery - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.Progress?.Invoke(new ReadProgress(Count, position?.Invoke() ?? 0, total));
            }
        }
    }
}
