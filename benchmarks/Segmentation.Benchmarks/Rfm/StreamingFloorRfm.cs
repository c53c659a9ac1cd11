namespace Segmentation.Benchmarks.Rfm;

/// <summary>
/// The floor: a pass that is handed the cut points and only reads three columns and writes three
/// score columns (no selection, no codes, no counts), on one thread with plain loops.
/// </summary>
public static class StreamingFloorRfm
{
    public static void Score(RfmData data, int[] recencyCuts, int[] frequencyCuts, double[] monetaryCuts, int bins, byte[] r, byte[] f, byte[] m)
    {
        var recency = data.Recency;
        var frequency = data.Frequency;
        var monetary = data.Monetary;
        for (var i = 0; i < recency.Length; i++)
        {
            int er = 0, ef = 0, em = 0;
            for (var k = 0; k < recencyCuts.Length; k++)
            {
                er += recency[i] > recencyCuts[k] ? 1 : 0;
                ef += frequency[i] > frequencyCuts[k] ? 1 : 0;
                em += monetary[i] > monetaryCuts[k] ? 1 : 0;
            }

            r[i] = (byte)(bins - er);
            f[i] = (byte)(1 + ef);
            m[i] = (byte)(1 + em);
        }
    }
}
