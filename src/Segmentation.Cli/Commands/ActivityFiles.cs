using Segmentation.Cli.Input;

namespace Segmentation.Cli.Commands;

/// <summary>The optional activity files beside the orders (<c>--visits</c>, <c>--tickets</c>, ...), as given on the command line.</summary>
internal sealed record ActivityFiles(string? Visits, string? Tickets, string? Reviews, string? Referrals, string? Nps)
{
    public const string VisitsHelp = "CSV of visits, sign-ups or leads: customer_id,date.";
    public const string TicketsHelp = "CSV of support tickets: customer_id,date,complaint,open (complaint and open: true or false).";
    public const string ReviewsHelp = "CSV of reviews: customer_id,date,stars (1 to 5; 4-5 positive, 1-2 a complaint).";
    public const string ReferralsHelp = "CSV of referrals a customer made: customer_id,date.";
    public const string NpsHelp = "CSV of NPS answers: customer_id,date,score (0 to 10; the latest counts).";

    /// <summary>Gets a value indicating whether any file is given.</summary>
    public bool Any => Given.Any();

    /// <summary>Gets the given files in reading order, with their kind.</summary>
    public IEnumerable<(ActivityKind Kind, string Path)> Given
    {
        get
        {
            (ActivityKind Kind, string? Path)[] all =
            [
                (ActivityKind.Visits, Visits),
                (ActivityKind.Tickets, Tickets),
                (ActivityKind.Reviews, Reviews),
                (ActivityKind.Referrals, Referrals),
                (ActivityKind.Nps, Nps),
            ];
            return all.Where(f => f.Path is not null).Select(f => (f.Kind, f.Path!));
        }
    }
}
