using System.Numerics;

namespace Segmentation.Evaluation;

public readonly partial struct SegmentMembership
{
    /// <summary>Enumerates the indices of a <see cref="SegmentMembership"/> in ascending order.</summary>
    public struct Enumerator
    {
        private readonly ulong[]? _high;
        private ulong _bits;
        private int _word;

        internal Enumerator(ulong low, ulong[]? high)
        {
            _high = high;
            _bits = low;
            _word = 0;
            Current = -1;
        }

        /// <summary>Gets the current segment index.</summary>
        /// <value>The index found by the last successful <see cref="MoveNext"/>.</value>
        public int Current { readonly get; private set; }

        /// <summary>Moves to the next segment index.</summary>
        /// <returns><see langword="false"/> when there are no more indices.</returns>
        public bool MoveNext()
        {
            while (_bits == 0)
            {
                if (_high is null || _word >= _high.Length)
                {
                    return false;
                }

                _bits = _high[_word];
                _word++;
            }

            Current = (_word * WordBits) + BitOperations.TrailingZeroCount(_bits);
            _bits &= _bits - 1;
            return true;
        }
    }
}
