namespace Vigil.Evaluation.Inputs;

/// <summary>A labels or alerts file that is missing or cannot be read; the message is one line naming the file.</summary>
public sealed class EvaluationInputException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public EvaluationInputException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the error that caused it.</summary>
    public EvaluationInputException(string message, Exception inner) : base(message, inner)
    {
    }
}
