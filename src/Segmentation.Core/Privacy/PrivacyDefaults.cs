namespace Segmentation.Privacy;

/// <summary>The default values of the privacy options, in one place.</summary>
internal static class PrivacyDefaults
{
    /// <summary>
    /// Groups of fewer customers than this are suppressed: Apple's floor for the analytics it shows
    /// developers (fewer than 5 users are not shown). Google Ads Data Hub's 50 per row suits figures
    /// that leave the company and can be queried over and over; a segment report is read by the
    /// business that owns the data, where 5 keeps small shops' reports readable.
    /// </summary>
    public const int MinGroupSize = 5;

    /// <summary>
    /// The largest atoms × published groups² the exact linear check takes on; beyond it only the
    /// line rule runs (reports of the library stay far below: about 10⁷ for a 5-bin RFM report).
    /// </summary>
    public const long ExactCheckBudget = 400_000_000;

    /// <summary>The text a suppressed figure is shown as, e.g. "&lt;5".</summary>
    public const string SuppressedPrefix = "<";
}
