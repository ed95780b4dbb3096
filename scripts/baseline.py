"""Conventional baseline for `npm run eval -- --baseline`: TF-IDF character n-grams + LinearSVC (scikit-learn).

Usage: python3 scripts/baseline.py train.jsonl eval.jsonl out.jsonl
train rows: {"text", "problem", "category", "problem_weight", "category_weight"}; eval rows: {"id", "text"}.
Writes {"id", "problem", "category"} per eval row. Deterministic (LinearSVC with a fixed random_state).
"""
import json
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC


def read_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(train_path, eval_path, out_path):
    train = read_jsonl(train_path)
    evaluation = read_jsonl(eval_path)
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), lowercase=True, sublinear_tf=True, min_df=2, max_features=400000
    )
    x_train = vectorizer.fit_transform([row["text"] for row in train])
    x_eval = vectorizer.transform([row["text"] for row in evaluation])

    problem = LinearSVC(C=0.5, random_state=0)
    problem.fit(x_train, [int(row["problem"]) for row in train], sample_weight=[row["problem_weight"] for row in train])

    with_category = [i for i, row in enumerate(train) if row["category"] is not None and row["category_weight"] > 0]
    category = LinearSVC(C=0.5, random_state=0)
    category.fit(
        x_train[with_category],
        [train[i]["category"] for i in with_category],
        sample_weight=[train[i]["category_weight"] for i in with_category],
    )

    problems = problem.predict(x_eval)
    categories = category.predict(x_eval)
    with open(out_path, "w", encoding="utf-8") as handle:
        for row, is_problem, cat in zip(evaluation, problems, categories):
            handle.write(json.dumps({"id": row["id"], "problem": bool(is_problem), "category": str(cat)}) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
