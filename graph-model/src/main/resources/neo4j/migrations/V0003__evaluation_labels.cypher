// Evaluation labels (ground truth of labelled data sets), kept apart from the evidence.
CREATE CONSTRAINT evaluation_label_transfer IF NOT EXISTS FOR (n:EvaluationLabel) REQUIRE n.transferId IS UNIQUE;
