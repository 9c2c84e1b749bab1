<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>Compare</name>
    <message>
        <location filename="../ui/compare/__init__.py"/>
        <source>Cannot open the comparison</source>
        <translation>비교를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/__init__.py"/>
        <source>Open comparison</source>
        <translation>비교 열기</translation>
    </message>
    <message>
        <location filename="../ui/compare/__init__.py"/>
        <source>ann-viz comparison (*.json)</source>
        <translation>ann-viz 비교 (*.json)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../ui/compare/variant_box.py"/>
        <source>Add change</source>
        <translation>변경 추가</translation>
    </message>
    <message>
        <location filename="../ui/compare/variant_box.py"/>
        <source>Change one more thing in this variant</source>
        <translation>이 변형에서 바꿀 것을 하나 더 추가합니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/dialog.py"/>
        <source>Check at least one variant.</source>
        <translation>변형을 하나 이상 체크하세요.</translation>
    </message>
    <message>
        <location filename="../ui/compare/dialog.py"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../ui/compare/dialog.py"/>
        <source>Compare Variants</source>
        <translation>변형 비교</translation>
    </message>
    <message>
        <location filename="../ui/compare/dialog.py"/>
        <source>Epochs (every run)</source>
        <translation>에포크 (모든 실행 공통)</translation>
    </message>
    <message>
        <location filename="../ui/compare/variant_box.py"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/compare/variant_box.py"/>
        <source>Remove this change from the variant</source>
        <translation>이 변경을 변형에서 뺍니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/dialog.py"/>
        <source>The open project is the first run. Each checked variant changes one or more things (Add change); all runs train together from their seeds, shown side by side on one timeline.</source>
        <translation>열린 프로젝트가 첫 번째 실행입니다. 체크한 각 변형은 한 가지 이상을 바꿉니다(변경 추가). 모든 실행은 각자의 시드에서 함께 학습하고, 하나의 타임라인 위에 나란히 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/compare/variant_box.py"/>
        <source>Variant %1</source>
        <translation>변형 %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/dialog.py"/>
        <source>Variant %1: %2</source>
        <translation>변형 %1: %2</translation>
    </message>
</context>
<context>
    <name>ComparePlots</name>
    <message>
        <location filename="../ui/compare/plots.py"/>
        <source>Gradient size ||dL/dW|| per layer at the timeline's epoch (log)</source>
        <translation>타임라인 에포크에서 층별 기울기 크기 ||dL/dW|| (로그)</translation>
    </message>
    <message>
        <location filename="../ui/compare/plots.py"/>
        <source>Training accuracy</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <location filename="../ui/compare/plots.py"/>
        <source>Training loss (log scale)</source>
        <translation>학습 손실 (로그 척도)</translation>
    </message>
    <message>
        <location filename="../ui/compare/plots.py"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../ui/compare/plots.py"/>
        <source>layer (1 = next to the input)</source>
        <translation>층 (1 = 입력 바로 다음)</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Cannot save the comparison</source>
        <translation>비교를 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Compare: %1</source>
        <translation>비교: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Every run at the same epoch: drag to move through the training</source>
        <translation>모든 실행을 같은 에포크에서 봅니다: 끌어서 학습 과정을 따라가세요</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Finished: drag the timeline to compare the runs at any epoch.</source>
        <translation>끝났습니다: 타임라인을 끌어 어느 에포크에서든 실행들을 비교하세요.</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Paused: Play goes on from here.</source>
        <translation>일시정지됨: 재생하면 여기서부터 이어집니다.</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Press Play to train every run from its seed.</source>
        <translation>재생을 누르면 모든 실행이 각자의 시드에서 학습합니다.</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Save comparison</source>
        <translation>비교 저장</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Save comparison...</source>
        <translation>비교 저장...</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Save the runs' networks and settings (not the training) to a file that `ann-viz compare` and File &gt; Open Comparison read</source>
        <translation>실행들의 신경망과 설정(학습 결과는 제외)을 `ann-viz compare`와 파일 &gt; 비교 열기가 읽는 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Stop training; Play then trains every run again from its seed</source>
        <translation>학습을 멈춥니다. 다시 재생하면 모든 실행이 시드에서 처음부터 학습합니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>Training %1 runs together...</source>
        <translation>실행 %1개를 함께 학습하는 중...</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>ann-viz comparison (*.json)</source>
        <translation>ann-viz 비교 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compare/window.py"/>
        <source>epoch %1 of %2</source>
        <translation>에포크 %1 / %2</translation>
    </message>
</context>
<context>
    <name>ConfirmDiscard</name>
    <message>
        <location filename="../ui/training/confirm.py"/>
        <source>%1

The run trained up to epoch %2 and its loss history will be lost.</source>
        <translation>%1

에포크 %2까지 학습한 결과와 손실 기록이 사라집니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/confirm.py"/>
        <source>Throw away the trained run?</source>
        <translation>학습한 결과를 버릴까요?</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>Edges:</source>
        <translation>연결선:</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>Numbers</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>Scale per layer</source>
        <translation>층별 배율</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>Thickest edge of each layer at full width (off: one scale for all, so vanishing gradients show as thin early layers)</source>
        <translation>층마다 가장 굵은 연결선을 최대 굵기로 (끄면 모두 한 배율: 기울기 소실이 얇은 앞쪽 층으로 보입니다)</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>Values averaged over the batch; gradients summed (what the optimizer uses)</source>
        <translation>값은 배치 평균, 기울기는 배치 합 (옵티마이저가 쓰는 값)</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>What the edges' colour (sign) and width (magnitude) show</source>
        <translation>연결선의 색(부호)과 굵기(크기)가 나타내는 값</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>Which row of the current batch the values are for</source>
        <translation>값을 볼 현재 배치의 행</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>Whole batch</source>
        <translation>배치 전체</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>Write the values beside neurons and edges (small networks)</source>
        <translation>뉴런과 연결선 옆에 값 표시 (작은 네트워크)</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>forward w·a</source>
        <translation>순전파 w·a</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>gradient dE/dw</source>
        <translation>기울기 dE/dw</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>sample </source>
        <translation>샘플 </translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>update −lr·dE/dw</source>
        <translation>갱신량 −lr·dE/dw</translation>
    </message>
    <message>
        <location filename="../ui/network/controls.py"/>
        <source>weight w</source>
        <translation>가중치 w</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source> images</source>
        <translation>개 이미지</translation>
    </message>
    <message>
        <location filename="../ui/data/drawn_page.py"/>
        <source>%1 points drawn on the input plane. Turn on Draw there to add, move or remove points; a run keeps training on them.</source>
        <translation>입력 평면에 그린 점 %1개. 입력 평면에서 그리기를 켜면 점을 추가, 이동, 삭제할 수 있고, 학습 중인 실행은 그 점들로 계속 학습합니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Browse...</source>
        <translation>찾아보기...</translation>
    </message>
    <message>
        <location filename="../ui/data/command.py"/>
        <source>Change the data set</source>
        <translation>데이터셋 바꾸기</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Choose a text file.</source>
        <translation>텍스트 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Choose a text file: one sample per line, numbers separated by spaces or commas.</source>
        <translation>텍스트 파일을 고르세요: 한 줄에 샘플 하나, 숫자는 공백이나 쉼표로 구분합니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Choose the images file and the labels file.</source>
        <translation>이미지 파일과 레이블 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>Curve:</source>
        <translation>곡선:</translation>
    </message>
    <message>
        <location filename="../ui/data/install.py"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>Data:</source>
        <translation>데이터:</translation>
    </message>
    <message>
        <location filename="../ui/data/drawn_page.py"/>
        <source>Export as text...</source>
        <translation>텍스트로 내보내기...</translation>
    </message>
    <message>
        <location filename="../ui/data/drawn_page.py"/>
        <source>Export the drawn points</source>
        <translation>그린 점 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/data/drawn_page.py"/>
        <source>Exported to %1</source>
        <translation>%1에 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>Gate:</source>
        <translation>게이트:</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>How many points the set has.</source>
        <translation>데이터셋의 점 개수입니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>How much the points (or the labels near the boundary) are jittered: 0 is clean.</source>
        <translation>점(또는 경계 근처의 레이블)을 얼마나 흔들지 정합니다: 0이면 잡음이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>IDX files (*idx*ubyte* *.idx *.gz);;All files (*)</source>
        <translation>IDX 파일 (*idx*ubyte* *.idx *.gz);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>Image size:</source>
        <translation>이미지 크기:</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Images:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>In use: %1</source>
        <translation>사용 중: %1</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>In use: data that cannot be loaded.</source>
        <translation>사용 중: 불러올 수 없는 데이터입니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>It does not fit the network: %1</source>
        <translation>네트워크에 맞지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Label column:</source>
        <translation>레이블 열:</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Labels:</source>
        <translation>레이블:</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>Noise:</source>
        <translation>잡음:</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>Not changed: %1</source>
        <translation>바꾸지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/data/drawn_page.py"/>
        <source>Not exported: %1</source>
        <translation>내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Now: the MNIST %1 files in the folder %2. Choose two files to use others.</source>
        <translation>지금: 폴더 %2의 MNIST %1 파일. 다른 파일을 쓰려면 두 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Open a data table</source>
        <translation>데이터 표 열기</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Open the IDX images file</source>
        <translation>IDX 이미지 파일 열기</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Open the IDX labels file</source>
        <translation>IDX 레이블 파일 열기</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>Other data need a new run from the initial weights.</source>
        <translation>다른 데이터로 바꾸면 초기 가중치부터 새로 학습해야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>Points:</source>
        <translation>점 개수:</translation>
    </message>
    <message>
        <location filename="../ui/data/drawn_page.py"/>
        <source>Save the points as a table like train.txt (x1 x2 label), which the Text file kind loads again.</source>
        <translation>점들을 train.txt 같은 표(x1 x2 label)로 저장합니다. 텍스트 파일 종류로 다시 불러올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>Shape:</source>
        <translation>모양:</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>Split of the samples:</source>
        <translation>샘플 나누기:</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Task:</source>
        <translation>문제 유형:</translation>
    </message>
    <message>
        <location filename="../ui/data/drawn_page.py"/>
        <source>Text table (*.txt *.csv);;All files (*)</source>
        <translation>텍스트 표 (*.txt *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Text tables (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>텍스트 표 (*.txt *.csv *.tsv *.dat);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>The first rows (numbered as in the file); the column headers are the column numbers.</source>
        <translation>앞부분의 행들입니다(번호는 파일의 줄 번호). 열 머리글은 열 번호입니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>The random seed the points are drawn with: the same seed gives the same set.</source>
        <translation>점을 뽑을 때 쓰는 난수 시드입니다: 같은 시드는 같은 데이터셋을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>The share of the samples kept for the final test (Metrics).</source>
        <translation>마지막 테스트(지표)를 위해 남겨 두는 샘플의 비율입니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>The share of the samples kept out of training to watch over-fitting.</source>
        <translation>과적합을 살피려고 학습에서 빼 두는 샘플의 비율입니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/pages.py"/>
        <source>This lesson's samples are written in the project itself; choose another kind to replace them (Undo brings them back).</source>
        <translation>이 강의의 샘플은 프로젝트 안에 직접 적혀 있습니다. 다른 종류를 고르면 바뀌고, 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Use the first:</source>
        <translation>앞에서부터 사용:</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>Which column holds the label: 0 is the first, -1 the last.</source>
        <translation>레이블이 있는 열: 0은 첫 열, -1은 마지막 열입니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>all images</source>
        <translation>모든 이미지</translation>
    </message>
    <message>
        <location filename="../ui/data/file_pages.py"/>
        <source>from the labels</source>
        <translation>레이블에서 판단</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>training %1 %</source>
        <translation>학습 %1 %</translation>
    </message>
    <message>
        <location filename="../ui/data/panel.py"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <location filename="../ui/training/divergence_banner.py"/>
        <source>, the gradient ‖dL/dW‖ of %1 %2</source>
        <translation>, %1의 기울기 ‖dL/dW‖는 %2</translation>
    </message>
    <message>
        <location filename="../ui/training/divergence_banner.py"/>
        <source>: over the last %1 epochs the loss grew %2 per epoch</source>
        <translation>: 최근 %1 에포크 동안 손실이 에포크마다 %2씩 커졌고</translation>
    </message>
    <message>
        <location filename="../ui/training/divergence_banner.py"/>
        <source>&lt;b&gt;Why it broke&lt;/b&gt; (shown: epoch %1, the last finite step)</source>
        <translation>&lt;b&gt;발산한 이유&lt;/b&gt; (표시: 마지막 유한한 단계인 에포크 %1)</translation>
    </message>
    <message>
        <location filename="../ui/training/divergence_banner.py"/>
        <source>Continue with learning rate %1 (÷%2)</source>
        <translation>학습률 %1(÷%2)로 계속</translation>
    </message>
    <message>
        <location filename="../ui/training/divergence_banner.py"/>
        <source>Go back to the lowest loss before the divergence and train on from there with the smaller learning rate.</source>
        <translation>발산하기 전 손실이 가장 낮았던 때로 되돌아가, 거기서부터 더 작은 학습률로 학습을 이어갑니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/divergence_banner.py"/>
        <source>Marked: %1 = %2 (%3 → %4), the largest weight of %5, and neuron %4, where the numbers exploded.</source>
        <translation>표시: 수가 폭발한 곳인 %5의 가장 큰 가중치 %1 = %2 (%3 → %4)와 뉴런 %4.</translation>
    </message>
    <message>
        <location filename="../ui/training/divergence_banner.py"/>
        <source>The learning rate cannot go below %1.</source>
        <translation>학습률은 %1보다 작아질 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>DrawTool</name>
    <message>
        <location filename="../ui/plane/draw_tool.py"/>
        <source>A drawn set holds at most %1 points.</source>
        <translation>그린 데이터는 점을 최대 %1개까지 가질 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_tool.py"/>
        <source>Add a point</source>
        <translation>점 추가</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_bar.py"/>
        <source>Add:</source>
        <translation>추가:</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_bar.py"/>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_tool.py"/>
        <source>Clear the drawn points</source>
        <translation>그린 점 모두 지우기</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_bar.py"/>
        <source>Click: add · drag: move · right-click or Delete: remove</source>
        <translation>클릭: 추가 · 끌기: 이동 · 오른쪽 클릭 또는 Delete: 삭제</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_bar.py"/>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_tool.py"/>
        <source>Draw on the current data</source>
        <translation>현재 데이터 위에 그리기</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_bar.py"/>
        <source>Draw your own data on the plane: click to add a point, drag one to move it, right-click it (or select it and press Delete) to remove it. Every edit can be undone, and a run keeps training on the new points.</source>
        <translation>평면에 직접 데이터를 그립니다: 클릭하면 점을 추가하고, 끌면 점을 옮기고, 오른쪽 클릭하면(또는 선택하고 Delete를 누르면) 점을 삭제합니다. 모든 편집은 실행 취소할 수 있고, 학습 중인 실행은 새 점들로 계속 학습합니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_tool.py"/>
        <source>Move a point</source>
        <translation>점 이동</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_tool.py"/>
        <source>Remove a point</source>
        <translation>점 삭제</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_bar.py"/>
        <source>Start from an empty plane (Undo brings the points back).</source>
        <translation>빈 평면에서 시작합니다(실행 취소로 점들을 되돌릴 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_bar.py"/>
        <source>The class a click adds, in its colour.</source>
        <translation>클릭으로 추가할 클래스(그 색으로 표시).</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_bar.py"/>
        <source>The target value a click adds (regression): the point's colour shows it.</source>
        <translation>클릭으로 추가할 목표값(회귀): 점의 색이 그 값을 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/draw_bar.py"/>
        <source>class %1</source>
        <translation>클래스 %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Browse...</source>
        <translation>찾아보기...</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Choose a file to export to.</source>
        <translation>내보낼 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Export as</source>
        <translation>다른 이름으로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Exported %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>One row per epoch of the current run: epoch, train loss, validation loss, accuracy.</source>
        <translation>현재 학습의 에포크마다 한 행: 에포크, 학습 손실, 검증 손실, 정확도.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>The network as drawn on the canvas.</source>
        <translation>캔버스에 그려진 네트워크 그대로.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>The project's trained weights (its initial weights if it has not been trained).</source>
        <translation>프로젝트의 학습된 가중치 (학습 전이면 초기 가중치).</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Warning: %1</source>
        <translation>주의: %1</translation>
    </message>
</context>
<context>
    <name>FilmDialog</name>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source> per second</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>%1 frames up to epoch %2: one about every %3 epochs</source>
        <translation>에포크 %2까지 프레임 %1개: 약 %3 에포크마다 하나</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>움직이는 GIF (*.gif);;MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>Browse...</source>
        <translation>찾아보기...</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>Export Film</source>
        <translation>학습 영상 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>File (.gif or .mp4):</source>
        <translation>파일 (.gif 또는 .mp4):</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>Frames, spread evenly from the first epoch to the last</source>
        <translation>첫 에포크부터 마지막 에포크까지 고르게 나눈 프레임 수</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>Frames:</source>
        <translation>프레임:</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>Record</source>
        <translation>녹화</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>Recording the film...</source>
        <translation>학습 영상을 녹화하는 중...</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>The film was cancelled; nothing was written.</source>
        <translation>학습 영상 녹화를 취소했습니다. 아무 파일도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>The run is trained again from its seed on a background thread; the frames show the neuron view, the loss curve and the input plane.</source>
        <translation>같은 시드로 백그라운드 스레드에서 다시 학습합니다. 프레임에는 뉴런 보기, 손실 곡선, 입력 평면이 담깁니다.</translation>
    </message>
    <message>
        <location filename="../ui/film/dialog.py"/>
        <source>Wrote %1: %2 frames up to epoch %3 in %4 s.</source>
        <translation>%1 저장: 에포크 %3까지 프레임 %2개, %4초 걸림.</translation>
    </message>
</context>
<context>
    <name>GradientCheck</name>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>%1 entries checked.</source>
        <translation>항목 %1개를 검사했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>%1 of %2 entries checked (a random sample of each large tensor).</source>
        <translation>항목 %2개 중 %1개를 검사했습니다(큰 텐서는 무작위 표본).</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>&lt;b&gt;Gradient check&lt;/b&gt; of %1:</source>
        <translation>%1의 &lt;b&gt;기울기 검사&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Backprop</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Check all gradients</source>
        <translation>모든 기울기 검사</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Checking every parameter...</source>
        <translation>모든 파라미터를 검사하는 중...</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Compares backprop's dE/dw of every parameter with [E(w + ε) − E(w − ε)] / 2ε on the same batch.</source>
        <translation>모든 파라미터에 대해 역전파의 dE/dw를 같은 배치에서 구한 [E(w + ε) − E(w − ε)] / 2ε와 비교합니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Computed in float64 in the core (the app trains in float32) on the shown batch, dropout off, batch norm on its running statistics; ε = %1.</source>
        <translation>코어에서 float64로 계산합니다(앱은 float32로 학습). 보이는 배치에서, 드롭아웃은 끄고 배치 정규화는 이동 통계를 씁니다. ε = %1.</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Finite difference</source>
        <translation>유한 차분</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Relative error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Worst relative error %1: backprop and the finite differences agree.</source>
        <translation>최대 상대 오차 %1: 역전파와 유한 차분이 일치합니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Worst relative error %1: backprop and the finite differences disagree.</source>
        <translation>최대 상대 오차 %1: 역전파와 유한 차분이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>Worst relative error %1: close; rounding on tiny gradients, or a kink (ReLU at 0), can do this.</source>
        <translation>최대 상대 오차 %1: 거의 같습니다. 아주 작은 기울기의 반올림 오차나 꺾인 점(0에서의 ReLU) 때문일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>backprop dE/d%1 = %2</source>
        <translation>역전파 dE/d%1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/network/check_view.py"/>
        <source>relative error = %1 %2</source>
        <translation>상대 오차 = %1 %2</translation>
    </message>
</context>
<context>
    <name>GradientPlot</name>
    <message>
        <location filename="../ui/training/gradient_plot.py"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/gradient_plot.py"/>
        <source>||dL/dW|| per layer</source>
        <translation>층별 ||dL/dW||</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../ui/health/view.py"/>
        <source>Activations a per layer</source>
        <translation>층별 활성값 a</translation>
    </message>
    <message>
        <location filename="../ui/health/view.py"/>
        <source>Brighter: more values in that bin; time runs to the right.</source>
        <translation>밝을수록 그 구간에 값이 많습니다. 시간은 오른쪽으로 흐릅니다.</translation>
    </message>
    <message>
        <location filename="../ui/health/view.py"/>
        <source>Few records: set a speed in epochs/s, or step, to record every epoch.</source>
        <translation>기록이 적습니다. 속도(에포크/초)를 정하거나 스텝으로 진행하면 에포크마다 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/health/view.py"/>
        <source>Gradients δ = dE/dz per layer (log10 |δ|)</source>
        <translation>층별 기울기 δ = dE/dz (log10 |δ|)</translation>
    </message>
    <message>
        <location filename="../ui/health/install.py"/>
        <source>Layer health</source>
        <translation>층 상태</translation>
    </message>
    <message>
        <location filename="../ui/health/view.py"/>
        <source>Left: one band per layer (its name in the middle, its range at the ends); brighter is more of the layer's values in that bin; time runs to the right, epochs below. Right: ‖Δw‖ / ‖w‖ of each layer's weights per step; about 1e-3 is healthy (dashed line), far below learns nothing, far above is unstable.</source>
        <translation>왼쪽: 층마다 띠 하나(가운데에 이름, 양 끝에 범위). 밝을수록 그 구간에 그 층의 값이 많습니다. 시간은 오른쪽으로 흐르고 아래에 에포크가 있습니다. 오른쪽: 스텝마다 각 층 가중치의 ‖Δw‖ / ‖w‖. 약 1e-3이 건강하며(점선), 훨씬 아래면 배우지 못하고 훨씬 위면 불안정합니다.</translation>
    </message>
    <message>
        <location filename="../ui/health/install.py"/>
        <source>Loading the plots...</source>
        <translation>그래프를 불러오는 중...</translation>
    </message>
    <message>
        <location filename="../ui/health/view.py"/>
        <source>Step or train: each layer's histograms appear here as training runs.</source>
        <translation>스텝을 진행하거나 학습하세요. 학습이 진행되면 층별 히스토그램이 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../ui/health/view.py"/>
        <source>Update/weight ratio about 1e-3 is healthy (dashed); %1 is at %2.</source>
        <translation>업데이트/가중치 비율은 약 1e-3이 건강합니다(점선). %1은 %2입니다.</translation>
    </message>
    <message>
        <location filename="../ui/health/view.py"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../ui/health/view.py"/>
        <source>‖Δw‖ / ‖w‖</source>
        <translation>‖Δw‖ / ‖w‖</translation>
    </message>
</context>
<context>
    <name>HiddenSpaceView</name>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>%1 neuron %2</source>
        <translation>%1 뉴런 %2</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>3-D needs OpenGL, which is not available here: showing the first two neurons. </source>
        <translation>3차원 보기에는 OpenGL이 필요한데 여기서는 쓸 수 없습니다: 처음 두 뉴런을 보여 줍니다. </translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>; grey: the input plane's grid lines, bent by the layers up to here</source>
        <translation>; 회색: 여기까지의 층들이 휘게 만든 입력 평면의 격자선</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>A third neuron gives a 3-D view (needs OpenGL)</source>
        <translation>세 번째 뉴런을 고르면 3차원 보기 (OpenGL 필요)</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>Black line: where %1 (the next layer) gives 0, w . h + b = 0; '+' marks its positive side.</source>
        <translation>검은 선: %1(다음 층)이 0을 내는 곳, w . h + b = 0; '+'는 양수 쪽입니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>Layer:</source>
        <translation>층:</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>No Linear layer reads this one directly: no separating line.</source>
        <translation>이 층을 바로 읽는 Linear 층이 없습니다: 분리선이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>Points: the data placed by these neurons' values (filled: training, hollow: validation/test)</source>
        <translation>점: 이 뉴런들의 값으로 놓은 데이터 (채운 점: 학습, 빈 점: 검증/테스트)</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>The hidden layer whose neurons give the coordinates</source>
        <translation>뉴런 값이 좌표가 되는 은닉층</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>The next layer, %1, has %2 units: no single separating line.</source>
        <translation>다음 층 %1의 유닛이 %2개입니다: 분리선 하나로 나타낼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>The other neurons are held at their mean.</source>
        <translation>나머지 뉴런은 평균값으로 고정했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>neuron %1</source>
        <translation>뉴런 %1</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>none (2-D)</source>
        <translation>없음 (2차원)</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>y:</source>
        <translation>y:</translation>
    </message>
    <message>
        <location filename="../ui/plane/hidden_space.py"/>
        <source>z:</source>
        <translation>z:</translation>
    </message>
</context>
<context>
    <name>ImportWeights</name>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Cannot import weights</source>
        <translation>가중치를 가져올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Import weights</source>
        <translation>가중치 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Imported weights from %1</source>
        <translation>%1에서 가중치를 가져왔습니다</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py"/>
        <source>Weights (%1)</source>
        <translation>가중치 (%1)</translation>
    </message>
</context>
<context>
    <name>InputPlaneView</name>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>Coloured lines: the neurons of %1 (h1, h2, ...), z = 0; '+' marks z &gt; 0.</source>
        <translation>색 선: %1의 뉴런들(h1, h2, ...)의 z = 0; '+'는 z &gt; 0인 쪽입니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>Each first-layer neuron's line z = w1*x1 + w2*x2 + b = 0; '+' marks the side where z &gt; 0</source>
        <translation>첫 층 뉴런마다의 직선 z = w1*x1 + w2*x2 + b = 0; '+'는 z &gt; 0인 쪽</translation>
    </message>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>Filled points: training data; hollow: validation/test.</source>
        <translation>채운 점: 학습 데이터; 빈 점: 검증/테스트 데이터.</translation>
    </message>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>Hidden neurons' lines</source>
        <translation>은닉 뉴런의 직선</translation>
    </message>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>P(class 1) = %1</source>
        <translation>P(클래스 1) = %1</translation>
    </message>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>Shading: the most likely class; black curves: where two classes are equally likely.</source>
        <translation>음영: 가장 가능성이 높은 클래스; 검은 곡선: 두 클래스의 가능성이 같은 곳.</translation>
    </message>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>Shading: the network's P(class 1), blue above 0.5, orange below; black curve: output = 0.5, the decision boundary.</source>
        <translation>음영: 네트워크의 P(클래스 1), 0.5보다 크면 파랑, 작으면 주황; 검은 곡선: 출력 = 0.5인 결정 경계.</translation>
    </message>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>Shading: the network's output value.</source>
        <translation>음영: 네트워크의 출력값.</translation>
    </message>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>most likely class %1</source>
        <translation>가장 가능성 높은 클래스 %1</translation>
    </message>
    <message>
        <location filename="../ui/plane/input_plane.py"/>
        <source>output %1</source>
        <translation>출력 %1</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>'%1' is not a number.</source>
        <translation>'%1'은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>BCE with logits (sigmoid inside)</source>
        <translation>로짓 BCE (Sigmoid 포함)</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>Binary cross-entropy (BCE)</source>
        <translation>이진 교차 엔트로피 (BCE)</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>Cross-entropy (CE, softmax inside)</source>
        <translation>교차 엔트로피 (CE, 소프트맥스 포함)</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>Input width:</source>
        <translation>입력 너비:</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>Mean squared error (MSE)</source>
        <translation>평균 제곱 오차 (MSE)</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>Output width:</source>
        <translation>출력 너비:</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>Parameters: %1</source>
        <translation>파라미터 수: %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>Select a layer to edit it.</source>
        <translation>편집할 층을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>e.g. 0.5, -1</source>
        <translation>예: 0.5, -1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.py"/>
        <source>e.g. 0.5, 0.5; -0.5 -0.5</source>
        <translation>예: 0.5, 0.5; -0.5 -0.5</translation>
    </message>
</context>
<context>
    <name>LabelLayer</name>
    <message>
        <location filename="../ui/network/labels_item.py"/>
        <source>+%1 more</source>
        <translation>+%1개 더</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>0 = first weights, 1 = current weights</source>
        <translation>0 = 처음 가중치, 1 = 현재 가중치</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>3-D</source>
        <translation>3-D</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>3-D needs OpenGL, which is not available here: the map shows the same landscape from above.</source>
        <translation>3-D에는 OpenGL이 필요한데 여기서는 쓸 수 없습니다: 지도가 같은 지형을 위에서 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>Line from the first weights to the current ones</source>
        <translation>처음 가중치에서 현재 가중치까지의 직선</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>Principal directions of the path</source>
        <translation>경로의 주성분 방향</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>Show the landscape as a 3-D surface with the path on it (drag to turn it, wheel to zoom).</source>
        <translation>지형을 경로가 그려진 3-D 곡면으로 보여 줍니다(끌어서 돌리고, 휠로 확대).</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>The landscape appears once training has produced weights.</source>
        <translation>학습이 가중치를 만들면 지형이 나타납니다.</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>The plane through weight space on which the loss is drawn. Random directions are scaled neuron by neuron to the weights' size (Li et al. 2018); the principal directions of the path contain most of the way the optimizer went.</source>
        <translation>손실을 그리는 가중치 공간 속 평면입니다. 무작위 방향은 뉴런마다 가중치 크기에 맞춰 조정되고 (Li et al. 2018), 경로의 주성분 방향은 옵티마이저가 지나온 길을 대부분 담습니다.</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>These two directions hold %1% of the path's variance.</source>
        <translation>이 두 방향이 경로 분산의 %1%를 담습니다.</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>Two chosen weights</source>
        <translation>고른 가중치 두 개</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>Two random directions (filter-normalised)</source>
        <translation>무작위 두 방향 (필터 정규화)</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>and</source>
        <translation>그리고</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>direction 1</source>
        <translation>방향 1</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>direction 2</source>
        <translation>방향 2</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>epoch %1: loss %2 at the current weights (orange); the red path is the way the optimizer came; darker is lower loss (drag to turn, wheel to zoom).</source>
        <translation>에폭 %1: 현재 가중치(주황)에서 손실 %2; 빨간 경로는 옵티마이저가 지나온 길이고, 어두울수록 손실이 낮습니다(끌어서 돌리고, 휠로 확대).</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>epoch %1: loss %2 at the current weights (orange); the white path is the way the optimizer came; darker is lower loss.</source>
        <translation>에포크 %1: 현재 가중치(주황)에서 손실 %2; 흰 경로는 옵티마이저가 지나온 길이며, 어두울수록 손실이 낮습니다.</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../ui/landscape/view.py"/>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <location filename="../ui/palette.py"/>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../ui/palette.py"/>
        <source>Input / output</source>
        <translation>입력 / 출력</translation>
    </message>
    <message>
        <location filename="../ui/palette.py"/>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../ui/palette.py"/>
        <source>Merge (skip connections)</source>
        <translation>병합 (스킵 연결)</translation>
    </message>
    <message>
        <location filename="../ui/palette.py"/>
        <source>Regularization</source>
        <translation>정규화</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../ui/network/legend.py"/>
        <source>, per layer (each layer's largest is thickest)</source>
        <translation>, 층별 (각 층에서 가장 큰 값이 가장 굵음)</translation>
    </message>
    <message>
        <location filename="../ui/network/legend.py"/>
        <source>, thicker from %1 (one scale for the whole network)</source>
        <translation>, %1부터 굵어짐 (신경망 전체에 하나의 척도)</translation>
    </message>
    <message>
        <location filename="../ui/network/legend.py"/>
        <source>edge width: |%1|</source>
        <translation>굵기: |%1|</translation>
    </message>
    <message>
        <location filename="../ui/network/legend.py"/>
        <source>fill: activation a</source>
        <translation>채움: 활성값 a</translation>
    </message>
    <message>
        <location filename="../ui/network/legend.py"/>
        <source>positive / negative</source>
        <translation>양수 / 음수</translation>
    </message>
    <message>
        <location filename="../ui/network/legend.py"/>
        <source>pulses: w·a forward, dE/dw backward</source>
        <translation>펄스: 순전파 w·a, 역전파 dE/dw</translation>
    </message>
    <message>
        <location filename="../ui/network/legend.py"/>
        <source>ring: δ = dE/dz</source>
        <translation>테두리: δ = dE/dz</translation>
    </message>
    <message>
        <location filename="../ui/network/legend.py"/>
        <source>square: bias b</source>
        <translation>네모: 편향 b</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>A bubble points at each control to press, waits for you, and explains what changed. Help &gt; Guided Tour starts it again.</source>
        <translation>말풍선이 누를 컨트롤을 가리키고, 누를 때까지 기다린 뒤 무엇이 바뀌었는지 설명합니다. 도움말 &gt; 따라 하기 안내로 다시 시작할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>Open Lesson</source>
        <translation>실습 열기</translation>
    </message>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>Open as comparison</source>
        <translation>비교로 열기</translation>
    </message>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>Start guided tour</source>
        <translation>따라 하기 안내 시작</translation>
    </message>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>Train this lesson's network beside the variants the notes compare it with, on one timeline</source>
        <translation>이 실습의 신경망을 강의 노트가 비교하는 변형들과 나란히, 하나의 타임라인에서 학습합니다</translation>
    </message>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>guided tour</source>
        <translation>따라 하기 안내</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>A variant of this lesson, opened from a comparison: %1. The notes below are the lesson's own.</source>
        <translation>비교에서 연 이 실습의 변형입니다: %1. 아래 설명은 원래 실습의 것입니다.</translation>
    </message>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>From the lecture notes:</source>
        <translation>강의 노트:</translation>
    </message>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>Lecture %1</source>
        <translation>강의 %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>Runs, trained side by side</source>
        <translation>나란히 학습하는 실행들</translation>
    </message>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>What to notice</source>
        <translation>눈여겨볼 점</translation>
    </message>
    <message>
        <location filename="../ui/lessons.py"/>
        <source>What to try</source>
        <translation>해 볼 것</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../ui/training/loss_plot.py"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/loss_plot.py"/>
        <source>epoch %1: loss %2</source>
        <translation>에포크 %1: 손실 %2</translation>
    </message>
    <message>
        <location filename="../ui/training/loss_plot.py"/>
        <source>log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location filename="../ui/training/loss_plot.py"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../ui/training/loss_plot.py"/>
        <source>train loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location filename="../ui/training/loss_plot.py"/>
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>%1 could not be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;About ann-viz</source>
        <translation>ann-viz 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Auto-layout</source>
        <translation>자동 배치(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Compare Variants...</source>
        <translation>변형 비교(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Dark Theme</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Export...</source>
        <translation>내보내기(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Guided Tour</source>
        <translation>따라 하기 안내(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Lessons</source>
        <translation>실습(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Open...</source>
        <translation>열기(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/status_line.py"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(외 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>(without the trained weights: %1)</source>
        <translation>(학습된 가중치는 빼고 저장: %1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>&lt;h3&gt;ann-viz %1&lt;/h3&gt;&lt;p&gt;See how a neural network learns: build it layer by layer, train it, and watch every weight and gradient.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ann-viz %1&lt;/h3&gt;&lt;p&gt;신경망이 배우는 모습을 보세요: 층을 하나씩 쌓아 만들고, 학습시키고, 모든 가중치와 기울기를 지켜보세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>About ann-viz</source>
        <translation>ann-viz 정보</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Auto-layout</source>
        <translation>자동 배치</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Build a network: drag layers from the palette, then drag from an output port to an input port.</source>
        <translation>네트워크를 만드세요: 팔레트에서 층을 끌어다 놓고, 출력 포트에서 입력 포트로 끌어 연결합니다.</translation>
    </message>
    <message>
        <location filename="../ui/app.py"/>
        <source>Cannot open</source>
        <translation>열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/status_line.py"/>
        <source>Cannot train: %1</source>
        <translation>학습할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Compare Variants</source>
        <translation>변형 비교</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Device: %1</source>
        <translation>장치: %1</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Export &amp;Film...</source>
        <translation>학습 영상 내보내기(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Hyper-parameters</source>
        <translation>하이퍼파라미터</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Import &amp;Weights...</source>
        <translation>가중치 가져오기(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../ui/status_line.py"/>
        <source>Invalid: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Lesson</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Loading PyTorch...</source>
        <translation>PyTorch 불러오는 중...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Loading the plots...</source>
        <translation>그래프 불러오는 중...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Metrics</source>
        <translation>평가 지표</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Open &amp;Lesson...</source>
        <translation>실습 열기(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Open Co&amp;mparison...</source>
        <translation>비교 열기(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Open this lesson</source>
        <translation>이 실습 열기</translation>
    </message>
    <message>
        <location filename="../ui/status_line.py"/>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location filename="../ui/status_line.py"/>
        <source>Ready to train</source>
        <translation>학습 준비 완료</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Save &amp;As...</source>
        <translation>다른 이름으로 저장(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Save project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>닫기 전에 %1의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Seed &amp;Sweep...</source>
        <translation>시드 스윕(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Train variants of this project side by side: another activation, width, depth, optimizer, learning rate, regulariser, initialisation or seed</source>
        <translation>이 프로젝트의 변형들을 나란히 학습합니다: 다른 활성화 함수, 너비, 깊이, 옵티마이저, 학습률, 정규화, 초기화 또는 시드</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../ui/status_line.py"/>
        <source>Training diverged</source>
        <translation>학습이 발산했습니다</translation>
    </message>
    <message>
        <location filename="../ui/status_line.py"/>
        <source>Training finished</source>
        <translation>학습 완료</translation>
    </message>
    <message>
        <location filename="../ui/status_line.py"/>
        <source>Training stopped</source>
        <translation>학습 중지됨</translation>
    </message>
    <message>
        <location filename="../ui/status_line.py"/>
        <source>Training...</source>
        <translation>학습 중...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/menus.py"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>ann-viz projects (*.annviz.json *.json)</source>
        <translation>ann-viz 프로젝트 (*.annviz.json *.json)</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../ui/training/metrics_panel.py"/>
        <source>Accuracy %1</source>
        <translation>정확도 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/metrics_panel.py"/>
        <source>Confusion matrix (rows: gold, columns: predicted)</source>
        <translation>혼동 행렬 (행: 정답, 열: 예측)</translation>
    </message>
    <message>
        <location filename="../ui/training/metrics_panel.py"/>
        <source>GOLD</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../ui/training/metrics_panel.py"/>
        <source>Loss of the current weights %1</source>
        <translation>현재 가중치의 손실 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/metrics_panel.py"/>
        <source>PRED</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../ui/training/metrics_panel.py"/>
        <source>PRED vs GOLD</source>
        <translation>예측 대 정답</translation>
    </message>
    <message>
        <location filename="../ui/training/metrics_panel.py"/>
        <source>Precision %1 · Recall %2 · F1 %3 (macro average)</source>
        <translation>정밀도 %1 · 재현율 %2 · F1 %3 (매크로 평균)</translation>
    </message>
    <message>
        <location filename="../ui/training/metrics_panel.py"/>
        <source>Train or step to see how the network does.</source>
        <translation>학습하거나 한 단계씩 진행하면 네트워크의 성능이 보입니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/metrics_panel.py"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source> (replay)</source>
        <translation> (다시 보기)</translation>
    </message>
    <message>
        <location filename="../ui/network/inspector_tabs.py"/>
        <source>%1 dead</source>
        <translation>죽은 뉴런 %1</translation>
    </message>
    <message>
        <location filename="../ui/network/inspector_tabs.py"/>
        <source>%1 saturated</source>
        <translation>포화 %1</translation>
    </message>
    <message>
        <location filename="../ui/network/inspector_tabs.py"/>
        <source>Chain rule</source>
        <translation>연쇄 법칙</translation>
    </message>
    <message>
        <location filename="../ui/network/inspector_tabs.py"/>
        <source>Gradient check</source>
        <translation>기울기 검사</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>Gradients dE/dw come from a backward pass: use Step phase (up to backward), Step batch, or Play. Grey edges are not known yet.</source>
        <translation>기울기 dE/dw는 역전파에서 나옵니다: ‘단계 한 번’(역전파까지), ‘배치 한 번’, 또는 ‘재생’을 누르세요. 회색 연결선은 아직 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>Hover an edge to see its chain rule; click a neuron for z, a, δ and its bias. Double-click an edge or a bias square to type a value.</source>
        <translation>연결선에 마우스를 올리면 연쇄 법칙이 보이고, 뉴런을 클릭하면 z, a, δ와 편향이 보입니다. 연결선이나 편향 네모를 더블클릭하면 값을 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/dock.py"/>
        <source>Loading the network view...</source>
        <translation>뉴런 보기 불러오는 중...</translation>
    </message>
    <message>
        <location filename="../ui/network/dock.py"/>
        <source>Neurons</source>
        <translation>뉴런</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>Step or train to see the numbers of the edited network.</source>
        <translation>편집한 네트워크의 값을 보려면 한 단계 진행하거나 학습하세요.</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>Step or train to see the numbers.</source>
        <translation>값을 보려면 한 단계 진행하거나 학습하세요.</translation>
    </message>
    <message>
        <location filename="../ui/network/inspector_tabs.py"/>
        <source>The gradient check needs a batch: step the forward phase.</source>
        <translation>기울기 검사에는 배치가 필요합니다. 순전파 단계를 진행하세요.</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>The network cannot be drawn neuron by neuron yet: %1</source>
        <translation>네트워크를 아직 뉴런 단위로 그릴 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>The update −lr·dE/dw is known after the update phase. Grey edges are not known yet.</source>
        <translation>갱신량 −lr·dE/dw는 갱신 단계가 지나야 알 수 있습니다. 회색 연결선은 아직 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>backward</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>epoch %1 · %2</source>
        <translation>에포크 %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>forward</source>
        <translation>순전파</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>idle</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../ui/network/panel.py"/>
        <source>update</source>
        <translation>갱신</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source> + … (%1 more)</source>
        <translation> + … (%1개 더)</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source> → %1 after the update</source>
        <translation> → 갱신 후 %1</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source> → %1 after the update (Δ%2 = %3)</source>
        <translation> → 갱신 후 %1 (Δ%2 = %3)</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>%1 is piece %2 of %3 = max of %4 pieces: the largest piece passes forward, and only it gets %3's δ back (the others get 0).</source>
        <translation>%1은(는) %3 = max(%4개 조각)의 %2번째 조각입니다: 가장 큰 조각만 앞으로 전달되고, 그 조각만 %3의 δ를 돌려받습니다 (나머지는 0).</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>&amp;nbsp;&amp;nbsp;Σ = %1 (f′ is not one number here: see dE/dz above)</source>
        <translation>&amp;nbsp;&amp;nbsp;Σ = %1 (여기서 f′는 하나의 수가 아닙니다: 위의 dE/dz를 보세요)</translation>
    </message>
    <message>
        <location filename="../ui/network/edit.py"/>
        <source>'%1' has changed shape since these weights were computed: step or train once, then edit.</source>
        <translation>이 가중치를 계산한 뒤 '%1'의 모양이 바뀌었습니다: 한 단계 진행하거나 한 번 학습한 뒤 편집하세요.</translation>
    </message>
    <message>
        <location filename="../ui/network/edit.py"/>
        <source>'%1' has no bias.</source>
        <translation>'%1'에는 편향이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/edit.py"/>
        <source>'%1' is not a Linear layer.</source>
        <translation>'%1'은(는) Linear 층이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>(a Jacobian, not one number)</source>
        <translation>(하나의 수가 아닌 야코비 행렬)</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>1 if {z} &gt; 0 else 0</source>
        <translation>{z} &gt; 0이면 1, 아니면 0</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>1 if {z} &gt; 0 else slope</source>
        <translation>{z} &gt; 0이면 1, 아니면 기울기 계수</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>1 if {z} &gt; 0 else {a} + α</source>
        <translation>{z} &gt; 0이면 1, 아니면 {a} + α</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>An identity path (residual Add or Concat): %1 reaches %2 unchanged, and %2's δ passes straight back.</source>
        <translation>항등 경로(잔차 Add 또는 Concat): %1이(가) 그대로 %2에 전달되고, %2의 δ는 그대로 거꾸로 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>Chain rule: dE/d%1 = dE/d%2 · d%2/d%3 · d%3/d%1</source>
        <translation>연쇄 법칙: dE/d%1 = dE/d%2 · d%2/d%3 · d%3/d%1</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>Pick one sample to see the chain-rule factors.</source>
        <translation>연쇄 법칙의 각 인수를 보려면 샘플 하나를 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>Sample %1: %2 = %3, %4.</source>
        <translation>샘플 %1: %2 = %3, %4.</translation>
    </message>
    <message>
        <location filename="../ui/network/edit.py"/>
        <source>Set bias</source>
        <translation>편향 설정</translation>
    </message>
    <message>
        <location filename="../ui/network/edit.py"/>
        <source>Set weight</source>
        <translation>가중치 설정</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>Step the forward phase to see the values.</source>
        <translation>값을 보려면 순전파 단계를 진행하세요.</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>The optimizer's gradient %1 includes %2 from the L1/L2 penalty.</source>
        <translation>옵티마이저가 쓰는 기울기 %1에는 L1/L2 벌점에서 온 %2가 포함됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>This layer has no bias.</source>
        <translation>이 층에는 편향이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/edit.py"/>
        <source>Type a finite number.</source>
        <translation>유한한 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>bias b = %1</source>
        <translation>편향 b = %1</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>dE/d%1 = Σ over the batch of %2 · %3 = %4</source>
        <translation>dE/d%1 = 배치에 대한 %2 · %3의 합 = %4</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>mask / (1 − p)</source>
        <translation>마스크 / (1 − p)</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>neuron %1</source>
        <translation>뉴런 %1</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>no activation</source>
        <translation>활성화 함수 없음</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>not the largest: not taken</source>
        <translation>가장 크지 않음: 선택되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>sample %1</source>
        <translation>샘플 %1</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>target t%1 = %2</source>
        <translation>목표값 t%1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>the largest: it is taken</source>
        <translation>가장 큼: 선택됨</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>whole batch: values averaged, gradients summed</source>
        <translation>배치 전체: 값은 평균, 기울기는 합</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>δ and dE/dw appear after the backward phase.</source>
        <translation>δ와 dE/dw는 역전파 단계가 지나야 나타납니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/describe.py"/>
        <source>δ appears after the backward phase.</source>
        <translation>δ는 역전파 단계가 지나야 나타납니다.</translation>
    </message>
</context>
<context>
    <name>NeuronCurve</name>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>%1 = max of %2 pieces, %3.</source>
        <translation>%1 = %2개 조각의 최댓값, %3.</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>%1 acts on the whole layer at once: no curve of one neuron.</source>
        <translation>%1은 층 전체에 한꺼번에 작용하므로 뉴런 하나의 곡선이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>%1: sample %2 has z = %3, f′(z) = %4 (the tangent's slope).</source>
        <translation>%1: 샘플 %2의 z = %3, f′(z) = %4 (접선의 기울기).</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>Dead: z ≤ 0 for every sample, so no gradient reaches its weights.</source>
        <translation>죽은 뉴런: 모든 샘플에서 z ≤ 0이라 가중치에 기울기가 전혀 닿지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>Sample %1 takes piece %2 (%3): only that piece's weights get its gradient.</source>
        <translation>샘플 %1은(는) 조각 %2 (%3)를 취합니다: 그 조각의 가중치만 기울기를 받습니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>Saturated: |f′(z)| &lt; %1 for every sample, so almost no gradient passes.</source>
        <translation>포화: 모든 샘플에서 |f′(z)| &lt; %1이라 기울기가 거의 지나가지 못합니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>Step the forward phase to see this Maxout neuron's pieces (they are drawn when a Linear layer feeds the Maxout).</source>
        <translation>순전파 단계를 실행하면 이 Maxout 뉴런의 조각들이 보입니다 (Linear 층이 Maxout에 입력될 때 그려집니다).</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>Step the forward phase to see this neuron's z on its activation.</source>
        <translation>순전파 단계를 진행하면 이 뉴런의 z가 활성화 함수 위에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>drawn against its input</source>
        <translation>입력에 대해 그림</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>drawn along the inputs' main direction through their mean (samples off that line show their own values)</source>
        <translation>입력의 평균을 지나는 주성분 방향을 따라 그림 (그 직선 밖의 샘플은 자기 값을 보여 줍니다)</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>piece %1</source>
        <translation>조각 %1</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>samples</source>
        <translation>샘플</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>samples' z</source>
        <translation>샘플의 z</translation>
    </message>
    <message>
        <location filename="../ui/network/neuron_curve.py"/>
        <source>tangent</source>
        <translation>접선</translation>
    </message>
</context>
<context>
    <name>NeuronMapsView</name>
    <message>
        <location filename="../ui/plane/neuron_figure.py"/>
        <source>%1 (%2): %3 neurons, colour scale %4 to %5</source>
        <translation>%1 (%2): 뉴런 %3개, 색 범위 %4 ~ %5</translation>
    </message>
    <message>
        <location filename="../ui/plane/neuron_figure.py"/>
        <source>%1 (%2): one neuron, colour scale %4 to %5</source>
        <translation>%1 (%2): 뉴런 1개, 색 범위 %4 ~ %5</translation>
    </message>
    <message>
        <location filename="../ui/plane/neuron_maps.py"/>
        <source>&lt;b&gt;%1, neuron %2&lt;/b&gt; over the input plane (blue high, orange low, %3 to %4); %5</source>
        <translation>입력 평면 위의 &lt;b&gt;%1, 뉴런 %2&lt;/b&gt; (파랑 높음, 주황 낮음, %3 ~ %4); %5</translation>
    </message>
    <message>
        <location filename="../ui/plane/neuron_maps.py"/>
        <source>Also show each Linear layer's z = W a + b before its activation</source>
        <translation>활성화 함수를 거치기 전 각 Linear 층의 z = W a + b도 보이기</translation>
    </message>
    <message>
        <location filename="../ui/plane/neuron_figure.py"/>
        <source>Neuron maps at epoch %1. Each square: %2 from %3 to %4 across, %5 from %6 to %7 up; blue high, orange low.</source>
        <translation>에포크 %1의 뉴런 맵. 각 정사각형: 가로로 %2가 %3에서 %4까지, 세로로 %5가 %6에서 %7까지; 파랑은 높음, 주황은 낮음.</translation>
    </message>
    <message>
        <location filename="../ui/plane/neuron_maps.py"/>
        <source>Pre-activations (z)</source>
        <translation>활성화 전 값 (z)</translation>
    </message>
    <message>
        <location filename="../ui/plane/neuron_maps.py"/>
        <source>click to pin</source>
        <translation>클릭하면 고정</translation>
    </message>
    <message>
        <location filename="../ui/plane/neuron_maps.py"/>
        <source>pinned; hover another to compare</source>
        <translation>고정됨; 다른 뉴런에 마우스를 올려 비교</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message numerus="yes">
        <location filename="../ui/editor/node_item.py"/>
        <source>%n feature(s)</source>
        <translation>
            <numerusform>특성 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/node_item.py"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>유닛 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/node_item.py"/>
        <source>slope %1</source>
        <translation>기울기 계수 %1</translation>
    </message>
</context>
<context>
    <name>NumbersView</name>
    <message>
        <location filename="../ui/numbers/view.py"/>
        <source>Copy all</source>
        <translation>모두 복사</translation>
    </message>
    <message>
        <location filename="../ui/numbers/view.py"/>
        <source>Copy every layer's table, one after another, tab-separated.</source>
        <translation>모든 층의 표를 차례로 탭으로 구분해 복사합니다.</translation>
    </message>
    <message>
        <location filename="../ui/numbers/view.py"/>
        <source>Copy layer</source>
        <translation>이 층 복사</translation>
    </message>
    <message>
        <location filename="../ui/numbers/view.py"/>
        <source>Copy this layer's table to the clipboard, tab-separated (paste it into a spreadsheet), every number at full precision.</source>
        <translation>이 층의 표를 탭으로 구분해 클립보드에 복사합니다(스프레드시트에 붙여 넣기). 모든 수는 전체 정밀도로 복사됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/numbers/view.py"/>
        <source>Epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <location filename="../ui/numbers/model.py"/>
        <source>Gradient dE/d(·)</source>
        <translation>기울기 dE/d(·)</translation>
    </message>
    <message>
        <location filename="../ui/numbers/model.py"/>
        <source>Index</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../ui/numbers/model.py"/>
        <source>Last update</source>
        <translation>마지막 갱신량</translation>
    </message>
    <message>
        <location filename="../ui/numbers/view.py"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../ui/numbers/view.py"/>
        <source>No numbers yet: they appear when the trainer is ready.</source>
        <translation>아직 수가 없습니다. 학습기가 준비되면 나타납니다.</translation>
    </message>
    <message>
        <location filename="../ui/numbers/install.py"/>
        <source>Numbers</source>
        <translation>수치</translation>
    </message>
    <message>
        <location filename="../ui/numbers/model.py"/>
        <source>Quantity</source>
        <translation>값의 종류</translation>
    </message>
    <message>
        <location filename="../ui/numbers/model.py"/>
        <source>The number at full precision: it reads back to exactly the number the trainer holds.</source>
        <translation>전체 정밀도의 값: 다시 읽으면 학습기가 가진 수와 정확히 같습니다.</translation>
    </message>
    <message>
        <location filename="../ui/numbers/model.py"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/numbers/model.py"/>
        <source>Weights: (neuron, input); biases: (neuron); per sample: (sample, neuron). Counted from 1, as in the neuron view.</source>
        <translation>가중치: (뉴런, 입력), 편향: (뉴런), 샘플별 값: (샘플, 뉴런). 뉴런 보기처럼 1부터 셉니다.</translation>
    </message>
    <message>
        <location filename="../ui/numbers/model.py"/>
        <source>What the last update added to the weight (after the update phase).</source>
        <translation>마지막 갱신에서 가중치에 더해진 양(갱신 단계 뒤).</translation>
    </message>
    <message>
        <location filename="../ui/numbers/model.py"/>
        <source>What the number is: a weight, a bias, the weighted sum z, a neuron's output a, an input or a target.</source>
        <translation>이 수가 무엇인지: 가중치, 편향, 가중합 z, 뉴런의 출력 a, 입력 또는 목표값.</translation>
    </message>
    <message>
        <location filename="../ui/numbers/model.py"/>
        <source>dE/dw for a weight or bias; dE/dz or dE/da for a neuron's value on a sample (after the backward phase).</source>
        <translation>가중치나 편향은 dE/dw, 샘플에 대한 뉴런의 값은 dE/dz 또는 dE/da(역전파 단계 뒤).</translation>
    </message>
    <message>
        <location filename="../ui/numbers/view.py"/>
        <source>loss E = %1</source>
        <translation>손실 E = %1</translation>
    </message>
    <message>
        <location filename="../ui/numbers/view.py"/>
        <source>phase: %1</source>
        <translation>단계: %1</translation>
    </message>
</context>
<context>
    <name>PlaneSource</name>
    <message>
        <location filename="../ui/plane/source.py"/>
        <source>The data cannot be loaded: %1</source>
        <translation>데이터를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/plane/source.py"/>
        <source>The network has %1 inputs but the data have %2 features.</source>
        <translation>네트워크의 입력은 %1개인데 데이터의 특성은 %2개입니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/source.py"/>
        <source>The network is not valid yet: %1</source>
        <translation>네트워크가 아직 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/plane/source.py"/>
        <source>The weights do not fit the network (%1): press Step or Play to train the network as it is now.</source>
        <translation>가중치가 네트워크에 맞지 않습니다 (%1): 지금의 네트워크를 학습하려면 한 번씩 진행하거나 ‘재생’을 누르세요.</translation>
    </message>
</context>
<context>
    <name>PlaneView</name>
    <message>
        <location filename="../ui/plane/base.py"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/plane/base.py"/>
        <source>Export as PNG...</source>
        <translation>PNG로 내보내기...</translation>
    </message>
    <message>
        <location filename="../ui/plane/base.py"/>
        <source>Export as SVG...</source>
        <translation>SVG로 내보내기...</translation>
    </message>
    <message>
        <location filename="../ui/plane/base.py"/>
        <source>Export picture</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/plane/base.py"/>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
    <message>
        <location filename="../ui/plane/base.py"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/plane/base.py"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/plane/base.py"/>
        <source>Save this picture as PNG or SVG</source>
        <translation>이 그림을 PNG나 SVG로 저장</translation>
    </message>
</context>
<context>
    <name>PlaneViews</name>
    <message>
        <location filename="../ui/plane/install.py"/>
        <source>Hidden space</source>
        <translation>은닉 공간</translation>
    </message>
    <message>
        <location filename="../ui/plane/install.py"/>
        <source>Input plane</source>
        <translation>입력 평면</translation>
    </message>
    <message>
        <location filename="../ui/landscape/install.py"/>
        <location filename="../ui/plane/install.py"/>
        <source>Loading the plots...</source>
        <translation>그래프 불러오는 중...</translation>
    </message>
    <message>
        <location filename="../ui/landscape/install.py"/>
        <source>Loss landscape</source>
        <translation>손실 지형</translation>
    </message>
    <message>
        <location filename="../ui/plane/install.py"/>
        <source>Neuron maps</source>
        <translation>뉴런 맵</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <location filename="../ui/plane/projection.py"/>
        <source>Each point is one sample (filled: training, hollow: validation/test), placed by the values of layer %1 along their two main directions of variation (PCA). Classes drawn apart here are easy for the next layers to separate.</source>
        <translation>점 하나가 샘플 하나입니다 (채운 점: 학습, 빈 점: 검증/테스트). 층 %1의 값을 가장 크게 변하는 두 방향(PCA)으로 놓았습니다. 여기서 떨어져 보이는 클래스는 다음 층들이 쉽게 나눌 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/projection.py"/>
        <source>Layer:</source>
        <translation>층:</translation>
    </message>
    <message>
        <location filename="../ui/plane/projection.py"/>
        <source>PC1 (%1% of the variance)</source>
        <translation>PC1 (분산의 %1%)</translation>
    </message>
    <message>
        <location filename="../ui/plane/projection.py"/>
        <source>PC2 (%1%)</source>
        <translation>PC2 (%1%)</translation>
    </message>
    <message>
        <location filename="../ui/plane/projection.py"/>
        <source>The layer whose values are projected</source>
        <translation>값을 투영할 층</translation>
    </message>
    <message>
        <location filename="../ui/plane/projection.py"/>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../ui/recovery.py"/>
        <source>A recovery file could not be read and was removed: %1</source>
        <translation>복구 파일을 읽을 수 없어 삭제했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/recovery.py"/>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <location filename="../ui/recovery.py"/>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <location filename="../ui/recovery.py"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../ui/recovery.py"/>
        <source>Restore unsaved changes?</source>
        <translation>저장하지 않은 변경 사항을 복원할까요?</translation>
    </message>
    <message>
        <location filename="../ui/recovery.py"/>
        <source>ann-viz did not close properly. Restore the unsaved changes to %1 (autosaved %2)?</source>
        <translation>ann-viz가 정상적으로 종료되지 않았습니다. %1의 저장하지 않은 변경 사항(%2에 자동 저장됨)을 복원할까요?</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../ui/compare/run_panel.py"/>
        <source>Open in main window</source>
        <translation>메인 창에서 열기</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_panel.py"/>
        <source>Open this run's project (network and settings) in the main window, to edit it or watch it train like any project</source>
        <translation>이 실행의 프로젝트(신경망과 설정)를 메인 창에서 엽니다. 다른 프로젝트처럼 편집하거나 학습을 지켜볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_panel.py"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_panel.py"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_panel.py"/>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_panel.py"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_panel.py"/>
        <source>stopped early</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_panel.py"/>
        <source>training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../ui/compare/run_panel.py"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <location filename="../ui/compare/table.py"/>
        <source>Accuracy here</source>
        <translation>이 시점 정확도</translation>
    </message>
    <message>
        <location filename="../ui/compare/table.py"/>
        <source>Final loss</source>
        <translation>최종 손실</translation>
    </message>
    <message>
        <location filename="../ui/compare/table.py"/>
        <source>Loss here</source>
        <translation>이 시점 손실</translation>
    </message>
    <message>
        <location filename="../ui/compare/table.py"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
</context>
<context>
    <name>SeedSweepDialog</name>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>%1: %2% succeeded (%3 of %4); final loss median %5, 90% %6; %7 s</source>
        <translation>%1: %2% 성공 (%4개 중 %3개); 최종 손실 중앙값 %5, 90% %6; %7초</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>%1: epoch %2 of %3; %4% of the seeds below the loss threshold</source>
        <translation>%1: 에포크 %2 / %3; 시드의 %4%가 손실 기준 아래</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>; %1 diverged</source>
        <translation>; %1개 발산</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Between seeds %1 and %2 the loss never rises above the higher end: one valley joins them.</source>
        <translation>시드 %1과 %2 사이에서 손실이 더 높은 끝보다 올라가지 않습니다: 한 골짜기가 둘을 잇습니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Between seeds %1 and %2 the loss rises by %3 above the higher end: they sit in different valleys.</source>
        <translation>시드 %1과 %2 사이에서 손실이 더 높은 끝보다 %3만큼 올라갑니다: 둘은 서로 다른 골짜기에 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Current network</source>
        <translation>현재 네트워크</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Done in %1 s.</source>
        <translation>%1초 만에 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Epochs</source>
        <translation>에포크 수</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Final loss</source>
        <translation>최종 손실</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Loss Between Two Seeds</source>
        <translation>두 시드 사이의 손실</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Network %1</source>
        <translation>네트워크 %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Network:</source>
        <translation>네트워크:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Networks and settings</source>
        <translation>네트워크와 설정</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Open Seed in Main Window</source>
        <translation>메인 창에서 이 시드 열기</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Pick a seed below and open it in the main window.</source>
        <translation>아래에서 시드를 골라 메인 창에서 열어 보세요.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Seed %1 is open in the main window: press Play to watch it train.</source>
        <translation>시드 %1을(를) 메인 창에 열었습니다: ‘재생’을 눌러 학습 과정을 보세요.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Seed Sweep</source>
        <translation>시드 스윕</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Seeds</source>
        <translation>시드 수</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Seeds, best first</source>
        <translation>시드 (좋은 순)</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Select two seeds (Ctrl+click): the loss along the straight line from the first one's trained weights to the second one's. A bump between them means they found different valleys.</source>
        <translation>시드 두 개를 고르세요(Ctrl+클릭): 첫 시드의 학습된 가중치에서 둘째 시드의 가중치까지 직선을 따라 본 손실입니다. 그 사이에 솟은 언덕이 있으면 서로 다른 골짜기를 찾은 것입니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Set the project's seed (and the sweep's epochs) and reset training: press Play to watch this seed train.</source>
        <translation>프로젝트의 시드(와 스윕의 에포크 수)를 설정하고 학습을 초기화합니다: ‘재생’을 누르면 이 시드의 학습을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Stopped.</source>
        <translation>중지했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Success: accuracy 1 or final loss &lt;</source>
        <translation>성공 기준: 정확도 1 또는 최종 손실 &lt;</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>The network was edited since the sweep, so it may train differently.</source>
        <translation>스윕 이후 네트워크가 편집되어 다르게 학습될 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>Training %1 seeds of %2 network(s)...</source>
        <translation>네트워크 %2개의 시드 %1개를 학습하는 중...</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>first seed</source>
        <translation>첫 시드</translation>
    </message>
    <message>
        <location filename="../ui/sweep/dialog.py"/>
        <source>success</source>
        <translation>성공</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Early stopping: stop when the validation loss has not improved for this many epochs, and keep the best weights. Needs a validation fraction.</source>
        <translation>조기 종료: 검증 손실이 이 에포크 수만큼 나아지지 않으면 멈추고 가장 좋았던 가중치를 남깁니다. 검증 데이터 비율이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Early-stopping patience</source>
        <translation>조기 종료 인내 에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Epochs</source>
        <translation>에포크 수</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Fixes the random initial weights and data order: the same seed gives the same run. Another seed can escape a plateau.</source>
        <translation>무작위 초기 가중치와 데이터 순서를 정합니다: 같은 시드는 같은 학습을 줍니다. 다른 시드로 정체 구간을 벗어날 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>How many digits every number keeps. float32 (about 7 significant digits) is fast; float64 (about 16) is slower but matches the lecture notes' worked example to the last printed digit. See them all in View &gt; Numbers.</source>
        <translation>모든 수가 몇 자리까지 유지되는지 정합니다. float32(유효숫자 약 7자리)는 빠르고, float64(약 16자리)는 느리지만 강의 노트의 역전파 예제와 마지막 인쇄된 자리까지 일치합니다. 보기 &gt; 수치에서 모두 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>How many times training goes through all the training data.</source>
        <translation>학습 데이터 전체를 몇 번 거쳐 학습할지 정합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>How the gradient moves the weights: SGD takes w -= lr·dE/dw; Momentum, AdaGrad, RMSProp and Adam adapt the step as the lecture notes show.</source>
        <translation>기울기로 가중치를 옮기는 방법: SGD는 w -= lr·dE/dw, Momentum, AdaGrad, RMSProp, Adam은 강의 노트처럼 보폭을 조절합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>L1 regularisation: adds L1·Σ|w| to the loss, pushing weights to exactly 0.</source>
        <translation>L1 정규화: 손실에 L1·Σ|w|를 더해 가중치를 정확히 0으로 밉니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>L2 regularisation (weight decay): adds L2·Σw² to the loss, keeping weights small.</source>
        <translation>L2 정규화 (가중치 감쇠): 손실에 L2·Σw²를 더해 가중치를 작게 유지합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Samples per update. Full batch: one update per epoch on all the data (plain gradient descent); smaller batches: several noisier updates.</source>
        <translation>한 번 갱신에 쓰는 샘플 수. 전체 배치: 에포크마다 모든 데이터로 한 번 갱신 (경사 하강법), 작은 배치: 잡음이 있는 여러 번의 갱신.</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>The share of the data kept out of training to measure over-fitting (the validation loss).</source>
        <translation>과적합을 재기 위해 학습에서 빼 두는 데이터의 비율 (검증 손실).</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>The step size lr in w -= lr·dE/dw. Too small: slow; too large: the loss jumps or becomes NaN. Can be changed while training runs.</source>
        <translation>w -= lr·dE/dw의 보폭 lr. 너무 작으면 느리고, 너무 크면 손실이 튀거나 NaN이 됩니다. 학습 중에도 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Validation fraction</source>
        <translation>검증 데이터 비율</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>Where training runs: the CPU, or a CUDA GPU when there is one.</source>
        <translation>학습이 실행되는 곳: CPU, 또는 있으면 CUDA GPU.</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>all data (full batch)</source>
        <translation>전체 데이터 (전체 배치)</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>auto (CUDA when available)</source>
        <translation>자동 (가능하면 CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>float32 (fast)</source>
        <translation>float32 (빠름)</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>float64 (exact digits, small networks)</source>
        <translation>float64 (정확한 자릿수, 작은 신경망)</translation>
    </message>
    <message>
        <location filename="../ui/training/settings_form.py"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
</context>
<context>
    <name>StepBackButtons</name>
    <message>
        <location filename="../ui/training/step_back.py"/>
        <source>Go back one phase (forward, loss, backward or update) to the numbers before it, then step again: the same numbers come back exactly. (%1)</source>
        <translation>한 단계(순전파, 손실, 역전파 또는 갱신) 전의 수로 되돌아갑니다. 다시 진행하면 같은 수가 정확히 다시 나옵니다. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/training/step_back.py"/>
        <source>Go back to the start of this epoch, or of the last one at an epoch's end, with the weights and optimizer state of then. (%1)</source>
        <translation>이 에포크의 시작(에포크가 끝난 때는 직전 에포크의 시작)으로, 그때의 가중치와 옵티마이저 상태로 되돌아갑니다. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/training/step_back.py"/>
        <source>Not while training runs: Pause first.</source>
        <translation>학습이 진행되는 동안에는 안 됩니다. 먼저 일시 정지하세요.</translation>
    </message>
    <message>
        <location filename="../ui/training/step_back.py"/>
        <source>Nothing to go back to: Step back goes over the phases and epochs stepped since the last Play, Reset or typed weight.</source>
        <translation>되돌아갈 단계가 없습니다. 되돌리기는 마지막 재생, 초기화 또는 가중치 입력 뒤에 한 단계씩 진행한 단계와 에포크에만 됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/step_back.py"/>
        <source>The start of that epoch is no longer kept (only the latest steps are).</source>
        <translation>그 에포크의 시작은 더 이상 보관되어 있지 않습니다(최근 단계만 보관합니다).</translation>
    </message>
    <message>
        <location filename="../ui/training/step_back.py"/>
        <source>◀ Back epoch</source>
        <translation>◀ 에포크 되돌리기</translation>
    </message>
    <message>
        <location filename="../ui/training/step_back.py"/>
        <source>◀ Back phase</source>
        <translation>◀ 단계 되돌리기</translation>
    </message>
</context>
<context>
    <name>SweepPlots</name>
    <message>
        <location filename="../ui/sweep/plots.py"/>
        <source>0 = seed %1, 1 = seed %2</source>
        <translation>0 = 시드 %1, 1 = 시드 %2</translation>
    </message>
    <message>
        <location filename="../ui/sweep/plots.py"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../ui/sweep/plots.py"/>
        <source>final loss</source>
        <translation>최종 손실</translation>
    </message>
    <message>
        <location filename="../ui/sweep/plots.py"/>
        <source>log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location filename="../ui/sweep/plots.py"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../ui/sweep/plots.py"/>
        <source>loss (median, 10-90%)</source>
        <translation>손실 (중앙값, 10-90%)</translation>
    </message>
    <message>
        <location filename="../ui/sweep/plots.py"/>
        <source>seeds</source>
        <translation>시드 수</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../ui/network/timeline_bar.py"/>
        <source>Drag to replay the recent steps (kept in memory)</source>
        <translation>끌어서 최근 단계들을 다시 보기 (메모리에 보관됨)</translation>
    </message>
    <message>
        <location filename="../ui/network/timeline_bar.py"/>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <location filename="../ui/network/timeline_bar.py"/>
        <source>Play the recorded steps from the slider's position</source>
        <translation>슬라이더 위치부터 기록된 단계들을 재생</translation>
    </message>
    <message>
        <location filename="../ui/network/timeline_bar.py"/>
        <source>Replay</source>
        <translation>다시 보기</translation>
    </message>
    <message>
        <location filename="../ui/network/timeline_bar.py"/>
        <source>Show the newest step again</source>
        <translation>가장 최근 단계를 다시 보기</translation>
    </message>
    <message>
        <location filename="../ui/network/timeline_bar.py"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
</context>
<context>
    <name>TourRunner</name>
    <message>
        <location filename="../ui/tour/runner.py"/>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../ui/tour/runner.py"/>
        <source>Exit tour</source>
        <translation>안내 끝내기</translation>
    </message>
    <message>
        <location filename="../ui/tour/runner.py"/>
        <source>Finish</source>
        <translation>마침</translation>
    </message>
    <message>
        <location filename="../ui/tour/runner.py"/>
        <source>Guided tour: %1 · step %2 of %3</source>
        <translation>따라 하기 안내: %1 · %3단계 중 %2</translation>
    </message>
    <message>
        <location filename="../ui/tour/runner.py"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../ui/tour/runner.py"/>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
</context>
<context>
    <name>Tours</name>
    <message>
        <location filename="../ui/tour/install.py"/>
        <source>This lesson has no guided tour. File &gt; Open Lesson marks the lessons that have one.</source>
        <translation>이 실습에는 따라 하기 안내가 없습니다. 파일 &gt; 실습 열기에서 안내가 있는 실습을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source> more epochs</source>
        <translation> 에포크 더</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>1 epoch/s</source>
        <translation>초당 1 에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>10 epochs/s</source>
        <translation>초당 10 에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>100 epochs/s</source>
        <translation>초당 100 에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>1000 epochs/s</source>
        <translation>초당 1000 에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>2 epochs/s</source>
        <translation>초당 2 에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>30 epochs/s</source>
        <translation>초당 30 에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>5 epochs/s</source>
        <translation>초당 5 에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>As fast as possible</source>
        <translation>최대한 빠르게</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Back to the initial weights (from the seed) and epoch 0; the loss history is cleared.</source>
        <translation>초기 가중치(시드로 정한 값)와 에포크 0으로 돌아갑니다. 손실 기록은 지워집니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Between steps (next: batch %1 of %2)</source>
        <translation>단계 사이 (다음: 배치 %1 / %2)</translation>
    </message>
    <message>
        <location filename="../ui/training/live_data.py"/>
        <location filename="../ui/training/panel.py"/>
        <source>Cannot train: %1</source>
        <translation>학습할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Continue for</source>
        <translation>이어서 학습</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Do the next phase only (forward, loss, backward or update), to watch each in the neuron view.</source>
        <translation>다음 단계(순전파, 손실, 역전파, 갱신) 하나만 실행해 뉴런 보기에서 하나씩 봅니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Epoch %1 (%2 planned)</source>
        <translation>에포크 %1 (계획 %2)</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Epoch %1 / %2</source>
        <translation>에포크 %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Epoch —</source>
        <translation>에포크 —</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>How fast Play trains: a few epochs per second to watch each step, or as fast as possible.</source>
        <translation>재생의 학습 속도: 한 단계씩 보려면 초당 몇 에포크, 아니면 가능한 한 빠르게.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>New settings need a new run from the initial weights.</source>
        <translation>설정을 바꾸면 초기 가중치부터 새로 학습해야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Nothing to train (Step layer): double-click a weight to set it.</source>
        <translation>학습할 것이 없습니다 (계단 층): 가중치를 더블클릭해 정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Nothing to train: '%1' is a Step layer, whose gradient is zero. Double-click a weight in the neuron view to set it: every view shows the result at once.</source>
        <translation>학습할 것이 없습니다: '%1'은(는) 기울기가 0인 계단(Step) 층입니다. 뉴런 보기에서 가중치를 더블클릭해 정하면 모든 보기에 결과가 바로 나타납니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Phase: %1 (batch %2 of %3)</source>
        <translation>단계: %1 (배치 %2 / %3)</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Play pressed: training starts as soon as the trainer is ready.</source>
        <translation>재생을 눌렀습니다: 학습기가 준비되는 대로 학습이 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Preparing the trainer… (the initial weights are shown)</source>
        <translation>학습기 준비 중… (초기 가중치를 보여 줍니다)</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Preparing the trainer… Play starts as soon as it is ready.</source>
        <translation>학습기 준비 중… 준비되는 대로 재생이 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Reset goes back to the initial weights and epoch 0.</source>
        <translation>초기화하면 초기 가중치와 에포크 0으로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Step batch</source>
        <translation>배치 한 번</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Step epoch</source>
        <translation>에포크 한 번</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Step phase</source>
        <translation>단계 한 번</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Train epoch after epoch until the last one (or Pause). On a finished run, goes on for the number of epochs set beside Continue.</source>
        <translation>마지막 에포크까지(또는 일시정지할 때까지) 에포크마다 학습합니다. 끝난 학습에서는 '이어서 학습' 옆에 정한 에포크 수만큼 더 학습합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Train on one batch: forward, loss, backward and update, then stop.</source>
        <translation>배치 하나로 학습합니다: 순전파, 손실, 역전파, 갱신 후 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Train one epoch: every batch of the training data once, then stop.</source>
        <translation>에포크 하나를 학습합니다: 학습 데이터의 모든 배치를 한 번씩 거친 뒤 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Train this many more epochs from where the run is now; the loss history goes on.</source>
        <translation>지금 상태에서 이만큼의 에포크를 더 학습합니다. 손실 기록은 이어집니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>Try: %1.</source>
        <translation>시도해 보세요: %1.</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>accuracy %1</source>
        <translation>정확도 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>backward</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>batch loss %1</source>
        <translation>배치 손실 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>between steps</source>
        <translation>단계 사이</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>forward</source>
        <translation>순전파</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>last epoch's training loss %1</source>
        <translation>마지막 에포크의 학습 손실 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>nothing to train</source>
        <translation>학습할 것 없음</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>preparing…</source>
        <translation>준비 중…</translation>
    </message>
    <message>
        <location filename="../ui/training/panel.py"/>
        <source>update</source>
        <translation>갱신</translation>
    </message>
</context>
<context>
    <name>WeightEditing</name>
    <message>
        <location filename="../ui/network/editing.py"/>
        <source>bias of %1</source>
        <translation>%1의 편향</translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message>
        <location filename="../ui/plane/weight_images.py"/>
        <source> (pinned)</source>
        <translation> (고정됨)</translation>
    </message>
    <message>
        <location filename="../ui/plane/weight_images.py"/>
        <source>%1, neuron %2: weights from %3 to %4%5</source>
        <translation>%1, 뉴런 %2: 가중치 %3 ~ %4%5</translation>
    </message>
    <message>
        <location filename="../ui/plane/weight_images.py"/>
        <source>%1x%1 images</source>
        <translation>%1x%1 이미지</translation>
    </message>
    <message>
        <location filename="../ui/plane/weight_images.py"/>
        <source>The data have %1 input features, not 2: no input plane to draw. Instead, each tile shows one neuron of %2: its %1 incoming weights as %3 (blue: positive, orange: negative, white: 0; scale ±%4). Hover or click a tile to enlarge it.</source>
        <translation>데이터의 입력 특성이 2개가 아니라 %1개여서 입력 평면을 그릴 수 없습니다. 대신 각 타일은 %2의 뉴런 하나를 보여 줍니다: 들어오는 가중치 %1개를 %3(으)로 (파랑: 양수, 주황: 음수, 흰색: 0; 범위 ±%4). 타일에 마우스를 올리거나 클릭하면 크게 보입니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/weight_images.py"/>
        <source>The data have %1 input features, not 2: there is no input plane to draw, and no Linear layer reads the inputs directly.</source>
        <translation>데이터의 입력 특성이 2개가 아니라 %1개입니다: 그릴 입력 평면이 없고, 입력을 바로 읽는 Linear 층도 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/weight_images.py"/>
        <source>The data have one input feature, not 2: no input plane to draw. Instead, each tile shows one neuron of %2: its incoming weight as a colour (blue: positive, orange: negative, white: 0; scale ±%4). Hover or click a tile to enlarge it.</source>
        <translation>데이터의 입력 특성이 2개가 아니라 1개여서 입력 평면을 그릴 수 없습니다. 대신 각 타일은 %2의 뉴런 하나를 보여 줍니다: 들어오는 가중치를 색 하나로 (파랑: 양수, 주황: 음수, 흰색: 0; 범위 ±%4). 타일에 마우스를 올리거나 클릭하면 크게 보입니다.</translation>
    </message>
    <message>
        <location filename="../ui/plane/weight_images.py"/>
        <source>a strip of %1 values</source>
        <translation>값 %1개의 띠</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/workspace/switch.py"/>
        <source>Build</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location filename="../ui/workspace/switch.py"/>
        <source>Build the network: the graph editor large, layers and inspector at hand (Ctrl+1)</source>
        <translation>네트워크 만들기: 그래프 편집기를 크게, 레이어와 속성 창을 가까이 (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/switch.py"/>
        <source>Reset the Layout</source>
        <translation>배치 초기화</translation>
    </message>
    <message>
        <location filename="../ui/workspace/switch.py"/>
        <source>Switch Build / Watch</source>
        <translation>만들기 / 관찰 전환</translation>
    </message>
    <message>
        <location filename="../ui/workspace/switch.py"/>
        <source>Watch</source>
        <translation>관찰</translation>
    </message>
    <message>
        <location filename="../ui/workspace/switch.py"/>
        <source>Watch it learn: the neurons, the input plane and the loss large (Ctrl+2)</source>
        <translation>학습 관찰: 뉴런, 입력 평면, 손실을 크게 (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../ui/editor/commands.py"/>
        <source>Add layer</source>
        <translation>층 추가</translation>
    </message>
    <message>
        <location filename="../ui/editor/commands.py"/>
        <source>Change %1</source>
        <translation>%1 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/commands.py"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../ui/editor/commands.py"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/editor/commands.py"/>
        <source>Delete layer</source>
        <translation>층 삭제</translation>
    </message>
    <message>
        <location filename="../ui/editor/commands.py"/>
        <source>Disconnect</source>
        <translation>연결 끊기</translation>
    </message>
    <message>
        <location filename="../ui/editor/commands.py"/>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../ui/editor/commands.py"/>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <location filename="../ui/editor/commands.py"/>
        <source>Rename layer</source>
        <translation>층 이름 바꾸기</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>'{key}' is missing or not a list</source>
        <translation>'{key}'이(가) 없거나 목록이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>'{name}' ({kind}) branches or merges.</source>
        <translation>'{name}'({kind})이(가) 갈라지거나 합쳐집니다.</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>'{name}' ({kind}) does not follow a Linear layer.</source>
        <translation>'{name}'({kind})이(가) 선형 층 뒤에 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>'{name}' ({kind}) is not supported.</source>
        <translation>'{name}'({kind})은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>'{name}' adds inputs of unequal widths ({widths}).</source>
        <translation>'{name}'이(가) 너비가 다른 입력을 더합니다 ({widths}).</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>'{name}' already has its input connected.</source>
        <translation>'{name}'의 입력은 이미 연결되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>'{name}' cannot feed itself.</source>
        <translation>'{name}'은(는) 자기 자신에게 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>'{name}' has explicit weights of shape {rows}x{cols}; it needs {units}x{fan_in} (units x inputs).</source>
        <translation>'{name}'에 직접 지정한 가중치의 모양은 {rows}x{cols}인데 {units}x{fan_in}(유닛 x 입력)이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>'{name}' has no output to connect from.</source>
        <translation>'{name}'에는 연결할 출력이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>'{name}' has nothing connected to its input.</source>
        <translation>'{name}'의 입력에 아무것도 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/boundary/network.py"/>
        <location filename="../core/weights_fit.py"/>
        <source>'{name}' has shape {shape}, the network needs {needed}</source>
        <translation>'{name}'의 모양은 {shape}인데 신경망에는 {needed}이(가) 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>'{name}' has too many values for this app's networks</source>
        <translation>'{name}'의 값이 이 앱의 신경망에 비해 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>'{name}' has {count} classes: drawing offers at most {most}.</source>
        <translation>'{name}'에는 클래스가 {count}개 있습니다: 그리기는 최대 {most}개까지 지원합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>'{name}' has {count} explicit biases; it needs {units}.</source>
        <translation>'{name}'에 직접 지정한 편향이 {count}개인데 {units}개가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>'{name}' has {count} samples: a drawn set may have at most {most}.</source>
        <translation>'{name}'에는 샘플이 {count}개 있습니다: 그린 데이터는 최대 {most}개까지 가질 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>'{name}' holds NaN or infinite values</source>
        <translation>'{name}'에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>'{name}' holds {dtype} values, not floating point</source>
        <translation>'{name}'의 값은 부동소수점이 아니라 {dtype}입니다</translation>
    </message>
    <message>
        <location filename="../core/train/preflight.py"/>
        <source>'{name}' is a BatchNorm layer: it needs at least 2 samples in every training batch, but {what}. Choose a batch size that leaves no batch of 1 (the training split has {n} samples), or remove the BatchNorm layer.</source>
        <translation>'{name}'은(는) BatchNorm 층이라 모든 학습 배치에 샘플이 2개 이상 있어야 하는데, {what}. 샘플 1개짜리 배치가 생기지 않는 배치 크기를 고르거나 (학습 데이터는 샘플 {n}개), BatchNorm 층을 빼세요.</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.py"/>
        <source>'{name}' is a Step (Heaviside) layer: its gradient is zero almost everywhere, so it cannot be trained. Evaluate the hand-set weights, or use Sigmoid to train.</source>
        <translation>'{name}'은(는) 계단(헤비사이드) 층입니다: 기울기가 거의 모든 곳에서 0이라 학습할 수 없습니다. 직접 정한 가중치로 평가하거나, 학습하려면 Sigmoid를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>'{name}' is a Step (Heaviside) layer: its gradient is zero almost everywhere, so it cannot be trained. Use Sigmoid to train.</source>
        <translation>'{name}'은(는) 계단(헤비사이드) 층입니다: 기울기가 거의 모든 곳에서 0이라 학습할 수 없습니다. 학습하려면 Sigmoid를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>'{name}' is a meta tensor: it has a shape but no values</source>
        <translation>'{name}'은(는) meta 텐서입니다: 모양만 있고 값이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>'{name}' is a sparse tensor; save dense weights (tensor.to_dense())</source>
        <translation>'{name}'은(는) 희소(sparse) 텐서입니다; 밀집 가중치로 저장하세요 (tensor.to_dense())</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>'{name}' is a {type}, not a tensor</source>
        <translation>'{name}'은(는) 텐서가 아니라 {type}입니다</translation>
    </message>
    <message>
        <location filename="../core/boundary/network.py"/>
        <location filename="../core/weights_fit.py"/>
        <source>'{name}' is missing</source>
        <translation>'{name}'이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/source.py"/>
        <source>'{name}' is neither a preset nor a project file. `ann-viz presets` lists the presets.</source>
        <translation>'{name}'은(는) 프리셋도 프로젝트 파일도 아닙니다. `ann-viz presets`로 프리셋 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>'{name}' is not a valid layer name: use letters, digits and _, not starting with a digit.</source>
        <translation>'{name}'은(는) 올바른 층 이름이 아닙니다: 영문자, 숫자, _를 쓰되 숫자로 시작하지 마세요.</translation>
    </message>
    <message>
        <location filename="../core/weights_fit.py"/>
        <source>'{name}' is not in this network</source>
        <translation>'{name}'은(는) 이 신경망에 없습니다</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>'{name}' is reserved (it names a method of the torch module); choose another layer name.</source>
        <translation>'{name}'은(는) 예약된 이름입니다 (torch 모듈의 메서드 이름); 다른 층 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>'{name}' needs at least {needed} inputs; it has {count}.</source>
        <translation>'{name}'에는 입력이 적어도 {needed}개 필요한데 {count}개입니다.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>'{name}' repeats its stored values (an expanded view) instead of holding them all</source>
        <translation>'{name}'은(는) 값을 모두 담지 않고 저장된 값을 되풀이합니다 (expand된 뷰)</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>'{name}' takes no input.</source>
        <translation>'{name}'은(는) 입력을 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>'{name}' takes the largest of {k} pieces per neuron: its input width {width} must be a multiple of {k} (for example {suggest}).</source>
        <translation>'{name}'은(는) 뉴런마다 {k}개 조각 중 가장 큰 값을 취합니다: 입력 너비 {width}는 {k}의 배수여야 합니다 (예: {suggest}).</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>'{name}' uses explicit weights but none are set.</source>
        <translation>'{name}'은(는) 직접 지정한 가중치를 쓰는데 설정된 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>'{part}' is not KEY=VALUE (e.g. activation=relu).</source>
        <translation>'{part}'는 KEY=VALUE 형식이 아닙니다 (예: activation=relu).</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <location filename="../core/data/textfile.py"/>
        <source>'{path}' is a folder, not a data file.</source>
        <translation>'{path}'은(는) 데이터 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>'{path}' is a folder, not an IDX file.</source>
        <translation>'{path}'은(는) IDX 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>'{source}' is already connected to '{target}'.</source>
        <translation>'{source}'은(는) 이미 '{target}'에 연결되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>-</source>
        <translation>없음(자유 실습)</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>--vary needs a change and at least two values, e.g. activation=sigmoid,relu.</source>
        <translation>--vary에는 바꿀 항목 하나와 값 두 개 이상이 필요합니다. 예: activation=sigmoid,relu.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>000</source>
        <translation>000(인공 신경망)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>000, 002</source>
        <translation>000(인공 신경망), 002(인공 신경망 스터디)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>000, 003</source>
        <translation>000(인공 신경망), 003(심층 신경망 실습)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>000, 003, 004</source>
        <translation>000(인공 신경망), 003(심층 신경망 실습), 004(퍼셉트론 발표)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>001</source>
        <translation>001(선형회귀와 신경망)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>001, 003</source>
        <translation>001(선형회귀와 신경망), 003(심층 신경망 실습)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>002</source>
        <translation>002(인공 신경망 스터디)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>003</source>
        <translation>003(심층 신경망 실습)</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>1 / (1 + e^-z)</source>
        <translation>1 / (1 + e^-z)</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>2-D points</source>
        <translation>2차원 점</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>2-D points in four quadrants, class 1 where x1*x2 &gt;= 0.</source>
        <translation>네 사분면의 2차원 점, x1*x2 &gt;= 0인 곳이 클래스 1.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>2-D points: a disc (class 1) inside a ring (class 0).</source>
        <translation>2차원 점: 고리(클래스 0) 안의 원판(클래스 1).</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>2-D points: two Gaussian blobs, one per class.</source>
        <translation>2차원 점: 클래스마다 하나씩, 가우시안 덩어리 두 개.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>2-D points: two interleaved spirals, one per class.</source>
        <translation>2차원 점: 클래스마다 하나씩, 서로 엇갈린 나선 두 개.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>2-D points: two interleaving half moons, one per class.</source>
        <translation>2차원 점: 클래스마다 하나씩, 서로 맞물린 반달 두 개.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>784 inputs (28x28 pixels), two ReLU layers of 512 with dropout, ten outputs. The built-in data are real handwritten digits scaled up to 28x28.</source>
        <translation>입력 784개(28x28 픽셀), 드롭아웃을 곁들인 512개짜리 ReLU 층 두 개, 출력 10개입니다. 내장 데이터는 실제 손글씨 숫자를 28x28로 키운 것입니다.</translation>
    </message>
    <message>
        <location filename="../core/export/notebook.py"/>
        <source>A Step (Heaviside) layer has no useful gradient: a notebook cannot train this network. Export it as a script or ONNX model instead.</source>
        <translation>Step(헤비사이드) 층은 쓸모 있는 기울기가 없어 노트북에서 이 신경망을 학습시킬 수 없습니다. 스크립트나 ONNX 모델로 내보내세요.</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>A comparison file has its own runs: --vary and --variant do not apply.</source>
        <translation>비교 파일에는 자체 실행들이 있으므로 --vary와 --variant는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <source>A comparison file must hold {low} to {high} runs.</source>
        <translation>비교 파일에는 실행이 {low}~{high}개 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/runs.py"/>
        <source>A comparison has {low} to {high} runs, not {count}.</source>
        <translation>비교의 실행은 {low}~{high}개여야 합니다 ({count}개가 아니라).</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>A data set spec must be a mapping with a 'kind', not {type}.</source>
        <translation>데이터 세트 명세는 'kind'가 있는 매핑이어야 합니다 ({type}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>A few samples written out in the project (x rows, y rows).</source>
        <translation>프로젝트에 직접 적어 넣은 몇 개의 샘플 (x 행, y 행).</translation>
    </message>
    <message>
        <location filename="../core/film/run.py"/>
        <source>A film needs at least one frame, and no negative number of epochs.</source>
        <translation>학습 영상에는 프레임이 하나 이상 있어야 하고, 에포크 수는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/film/writer.py"/>
        <source>A film needs the package 'imageio': install the export extra: pip install 'ann-viz[export]'.</source>
        <translation>학습 영상에는 'imageio' 패키지가 필요합니다. 내보내기 추가 패키지를 설치하세요: pip install 'ann-viz[export]'.</translation>
    </message>
    <message>
        <location filename="../core/compare/apply.py"/>
        <source>A hidden layer has hand-set weights, which fit only its own width: the width cannot change.</source>
        <translation>은닉층에 직접 지정한 가중치가 있어 그 너비에만 맞습니다: 너비를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>A layer named '{name}' already exists.</source>
        <translation>'{name}'(이)라는 층이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>A node position must be two finite numbers.</source>
        <translation>노드 위치는 유한한 숫자 두 개여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/export/notebook.py"/>
        <source>A notebook trains the network again, so it needs the training data, which this export does not have.</source>
        <translation>노트북은 신경망을 다시 학습시키므로 학습 데이터가 필요한데, 이 내보내기에는 학습 데이터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/export/notebook.py"/>
        <source>A notebook trains the network again, so it needs the training data: {size} values are too many to embed.</source>
        <translation>노트북은 신경망을 다시 학습시키므로 학습 데이터가 필요합니다: 값 {size}개는 너무 많아 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/export_command.py"/>
        <source>A project file holds no training history: train and export in one go with `ann-viz train {source} --export {output}`.</source>
        <translation>프로젝트 파일에는 학습 기록이 없습니다: `ann-viz train {source} --export {output}`으로 학습과 내보내기를 한 번에 하세요.</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <source>A run of the comparison has no label.</source>
        <translation>비교의 한 실행에 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/train/saved_state.py"/>
        <source>A saved history can only be restored into an untrained trainer.</source>
        <translation>저장된 기록은 아직 학습하지 않은 트레이너에만 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <location filename="../core/tours/xor_tours.py"/>
        <source>A single-layer perceptron cannot learn XOR</source>
        <translation>단층 퍼셉트론은 XOR을 학습하지 못한다</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>A sweep takes 1 to {most} seeds, not {count}.</source>
        <translation>스윕에는 시드가 1개에서 {most}개까지 필요합니다 ({count}개는 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>A text table of numbers (whitespace or comma separated), one label column.</source>
        <translation>숫자로 된 텍스트 표(공백이나 쉼표로 구분), 레이블 열 하나.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>A variant changes {key} twice; give each change once.</source>
        <translation>한 변형이 {key}를 두 번 바꿉니다. 각 변경은 한 번만 지정하세요.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>A variant needs at least one change, e.g. activation=relu.</source>
        <translation>변형에는 바뀌는 항목이 하나 이상 필요합니다. 예: activation=relu.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>A variant's changes must be a mapping of names to values.</source>
        <translation>변형의 변경 사항은 이름과 값의 쌍이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>AND gate: a perceptron with hand-set weights</source>
        <translation>AND 게이트: 가중치를 직접 정한 퍼셉트론</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Accuracy is {accuracy} (PRED {preds}): chance, not learning. XOR needs a hidden layer: open the lesson 'XOR with a 2-2-1 sigmoid network'.</source>
        <translation>정확도 {accuracy}(예측 {preds}): 학습이 아니라 우연입니다. XOR에는 은닉층이 필요합니다. '2-2-1 Sigmoid 신경망으로 XOR 풀기' 실습을 열어 보세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Accuracy is {accuracy}: a single line can put at most three of the four points on the right side, never all four.</source>
        <translation>정확도는 {accuracy}입니다. 직선 하나로는 네 점 가운데 많아야 세 점만 제자리에 둘 수 있고, 네 점 모두는 결코 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Accuracy {accuracy}.</source>
        <translation>정확도 {accuracy}.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Accuracy {accuracy}: below 0.9. Train longer or compare with Adam.</source>
        <translation>정확도 {accuracy}: 0.9보다 낮습니다. 더 오래 학습하거나 Adam과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Activation: ELU</source>
        <translation>활성화 함수: ELU</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Activation: Leaky ReLU (0.1x)</source>
        <translation>활성화 함수: Leaky ReLU (0.1x)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Activation: Maxout (k = 2) beside ReLU</source>
        <translation>활성화 함수: ReLU와 나란히 보는 Maxout (k = 2)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Activation: tanh in the deep network</source>
        <translation>활성화 함수: 깊은 신경망에 tanh 사용</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <location filename="../core/train/config.py"/>
        <location filename="../ui/training/settings_form.py"/>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <location filename="../ui/training/settings_form.py"/>
        <source>Adadelta</source>
        <translation>Adadelta</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <location filename="../core/train/config.py"/>
        <location filename="../ui/training/settings_form.py"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Adapts the step without a hand-tuned learning rate (lr 1.0).</source>
        <translation>학습률을 손으로 맞추지 않아도 걸음 크기를 스스로 조절합니다(lr 1.0).</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Add</source>
        <translation>더하기(Add)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>All-zero initialization (symmetry)</source>
        <translation>모두 0으로 초기화 (대칭 문제)</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>An MNIST-shaped MLP (784-512-512-10)</source>
        <translation>MNIST 크기의 MLP (784-512-512-10)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Any single 1 lifts z above 0: OR.</source>
        <translation>입력 중 하나만 1이어도 z가 0보다 커집니다. 이것이 OR입니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/lectures.py"/>
        <source>Artificial Neural Network: XOR by PyTorch</source>
        <translation>인공 신경망: PyTorch로 XOR</translation>
    </message>
    <message>
        <location filename="../core/presets/lectures.py"/>
        <source>Artificial neural networks (ANN): terms, evaluation and backprop</source>
        <translation>인공 신경망(ANN): 용어, 평가, 역전파</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <location filename="../ui/editor/node_item.py"/>
        <source>BCE</source>
        <translation>BCE</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>BCE needs probabilities: put a Sigmoid before '{name}', or choose BCE-with-logits.</source>
        <translation>BCE에는 확률이 필요합니다: '{name}' 앞에 Sigmoid를 두거나 로짓 BCE를 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <location filename="../ui/editor/node_item.py"/>
        <source>BCE with logits</source>
        <translation>로짓 BCE</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>Bad training settings: {error}.</source>
        <translation>학습 설정이 잘못되었습니다: {error}.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Batch normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <location filename="../core/presets/comparisons.py"/>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>BatchNorm1d</source>
        <translation>배치 정규화(BatchNorm1d)</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <location filename="../core/train/losses.py"/>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>Binary cross-entropy needs a Sigmoid before the Output (or use BCE with logits).</source>
        <translation>이진 교차 엔트로피에는 출력 앞에 Sigmoid가 필요합니다 (또는 로짓 BCE를 쓰세요).</translation>
    </message>
    <message>
        <location filename="../core/train/losses.py"/>
        <source>Binary cross-entropy needs targets between 0 and 1; use MSE for this data set.</source>
        <translation>이진 교차 엔트로피에는 0과 1 사이의 목표값이 필요합니다; 이 데이터 세트에는 MSE를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/train/losses.py"/>
        <source>Binary cross-entropy with logits</source>
        <translation>로짓 이진 교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../core/train/device.py"/>
        <location filename="../ui/training/worker.py"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../core/metrics.py"/>
        <source>Cannot predict classes for task {task!r}; use 'binary' or 'multiclass'.</source>
        <translation>작업 {task!r}에 대해서는 클래스를 예측할 수 없습니다; 'binary' 또는 'multiclass'를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/data/split.py"/>
        <source>Cannot split '{name}': {n} samples with {val:.0%} validation and {test:.0%} test leave nothing to train on.</source>
        <translation>'{name}'을(를) 나눌 수 없습니다: 샘플 {n}개에서 검증 {val:.0%}, 테스트 {test:.0%}를 떼면 학습할 데이터가 남지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Change a weight: double-click w5, the edge from the NAND neuron to the output, type -2 and press Enter.</source>
        <translation>가중치를 바꿔 봅시다. NAND 뉴런에서 출력으로 가는 간선 w5를 더블클릭하고 -2를 입력한 뒤 Enter를 누르세요.</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Compare initializations on the deep sigmoid network</source>
        <translation>비교: 깊은 Sigmoid 신경망의 초기화 방법</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Compare optimizers: SGD, Momentum, AdaGrad</source>
        <translation>옵티마이저 비교: SGD, Momentum, AdaGrad</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Compare optimizers: SGD, RMSProp, Adam</source>
        <translation>옵티마이저 비교: SGD, RMSProp, Adam</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Compare: no regulariser, L1 and L2</source>
        <translation>비교: 정규화 없음, L1, L2</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Compare: sigmoid vs ReLU in a deep network</source>
        <translation>비교: 깊은 신경망에서 Sigmoid 대 ReLU</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Compare: wide (2-10-1) vs deep (2-10-10-10-1)</source>
        <translation>비교: 넓은 신경망(2-10-1) 대 깊은 신경망(2-10-10-10-1)</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Compare: with and without batch normalization</source>
        <translation>비교: 배치 정규화 있음과 없음</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Compare: with and without dropout</source>
        <translation>비교: 드롭아웃 있음과 없음</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Concat</source>
        <translation>이어 붙이기(Concat)</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.py"/>
        <source>Could not move training to {device}: {error}</source>
        <translation>학습을 {device}(으)로 옮길 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../ui/training/worker.py"/>
        <source>Could not set up training: {reason}</source>
        <translation>학습을 준비할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <location filename="../core/train/losses.py"/>
        <location filename="../ui/editor/node_item.py"/>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>Cross-entropy applies softmax itself; the Softmax before '{name}' makes it apply twice.</source>
        <translation>교차 엔트로피는 softmax를 스스로 적용합니다; '{name}' 앞의 Softmax 때문에 두 번 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../core/train/losses.py"/>
        <source>Cross-entropy needs class labels, but this data set is a regression task.</source>
        <translation>교차 엔트로피에는 클래스 레이블이 필요한데 이 데이터 세트는 회귀 작업입니다.</translation>
    </message>
    <message>
        <location filename="../core/train/losses.py"/>
        <source>Cross-entropy over {classes} classes needs an output layer of {classes} units; the network gives {width}.</source>
        <translation>클래스 {classes}개에 대한 교차 엔트로피에는 유닛이 {classes}개인 출력층이 필요한데 신경망의 출력은 {width}개입니다.</translation>
    </message>
    <message>
        <location filename="../core/train/losses.py"/>
        <source>Cross-entropy takes one class per sample, but this binary data set has {columns} target columns (several yes/no labels per sample): use BCE with logits and {columns} output units.</source>
        <translation>교차 엔트로피는 샘플마다 클래스 하나를 받는데, 이 이진 데이터 집합에는 목표 열이 {columns}개 있습니다 (샘플마다 예/아니오 레이블 여러 개): 로짓 BCE와 출력 유닛 {columns}개를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>Data file '{path}' cannot be read: permission denied.</source>
        <translation>데이터 파일 '{path}'을(를) 읽을 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <location filename="../core/data/textfile.py"/>
        <source>Data file '{path}' cannot be read: {error}.</source>
        <translation>데이터 파일 '{path}'을(를) 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <location filename="../core/data/textfile.py"/>
        <source>Data file '{path}' does not exist.</source>
        <translation>데이터 파일 '{path}'이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}' has NaN or infinite input values.</source>
        <translation>데이터 세트 '{name}'에 NaN이나 무한대 입력값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}' has NaN or infinite target values.</source>
        <translation>데이터 세트 '{name}'에 NaN이나 무한대 목표값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}' has {classes} classes but {count} class names.</source>
        <translation>데이터 세트 '{name}'에 클래스는 {classes}개인데 클래스 이름은 {count}개입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}' has {columns} input columns but {count} feature names.</source>
        <translation>데이터 세트 '{name}'에 입력 열은 {columns}개인데 특성 이름은 {count}개입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}' has {rows} input rows but {targets} targets.</source>
        <translation>데이터 세트 '{name}'에 입력 행은 {rows}개인데 목표값은 {targets}개입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}': a binary task has 2 classes, not {classes}.</source>
        <translation>데이터 세트 '{name}': 이진 분류 작업의 클래스는 2개입니다 ({classes}개는 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}': a multiclass task needs at least 2 classes, not {classes}.</source>
        <translation>데이터 세트 '{name}': 다중 클래스 작업에는 클래스가 2개 이상 필요합니다 ({classes}개는 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}': a regression task has no classes (n_classes must be 0).</source>
        <translation>데이터 세트 '{name}': 회귀 작업에는 클래스가 없습니다 (n_classes는 0이어야 합니다).</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}': binary targets must be 0 or 1.</source>
        <translation>데이터 세트 '{name}': 이진 목표값은 0 또는 1이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}': class numbers must lie in 0..{last}.</source>
        <translation>데이터 세트 '{name}': 클래스 번호는 0..{last} 범위여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}': inputs must be a table (n, d), got shape {shape}.</source>
        <translation>데이터 세트 '{name}': 입력은 (n, d) 표여야 하는데 모양이 {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}': multiclass targets must be whole class numbers, one per sample.</source>
        <translation>데이터 세트 '{name}': 다중 클래스 목표값은 샘플마다 하나씩인 정수 클래스 번호여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Data set '{name}': targets must be a table (n, k), got shape {shape}.</source>
        <translation>데이터 세트 '{name}': 목표값은 (n, k) 표여야 하는데 모양이 {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Data set kind '{kind}' needs the parameter '{name}'.</source>
        <translation>데이터 세트 종류 '{kind}'에는 매개변수 '{name}'이(가) 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Deep: 2-10-10-10-1 sigmoid (vanishing gradient)</source>
        <translation>깊은 신경망: 2-10-10-10-1 Sigmoid (기울기 소실)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Deep: the same network with ReLU</source>
        <translation>깊은 신경망: 같은 구조를 ReLU로</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>Depth (hidden layers)</source>
        <translation>깊이 (은닉층 수)</translation>
    </message>
    <message>
        <location filename="../core/train/device.py"/>
        <source>Device '{device}' was asked for, but CUDA is not available on this machine.</source>
        <translation>장치 '{device}'을(를) 요청했지만 이 컴퓨터에서는 CUDA를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>Digits (built in)</source>
        <translation>숫자 이미지 (내장)</translation>
    </message>
    <message>
        <location filename="../core/data/digits.py"/>
        <source>Digits {size}x{size}</source>
        <translation>숫자 {size}x{size}</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>Drawn on the plane</source>
        <translation>평면에 그린 데이터</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>Drawn points</source>
        <translation>그린 점</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Drop probability</source>
        <translation>드롭 확률</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <location filename="../core/graph/kinds.py"/>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Dropout 0.1</source>
        <translation>Dropout 0.1</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Dropout makes the training loss noisy; without it the loss falls smoothly.</source>
        <translation>드롭아웃이 있으면 학습 손실이 들쭉날쭉하고, 없으면 손실이 매끄럽게 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Dropout on a deep ReLU network</source>
        <translation>깊은 ReLU 신경망에 드롭아웃 적용</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>ELU is smooth below zero (alpha * (e^z - 1)), so mean activations stay closer to 0.</source>
        <translation>ELU는 0보다 작은 쪽에서도 alpha * (e^z - 1)로 부드럽게 이어지므로, 활성화 값의 평균이 0에 더 가깝게 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Each BatchNorm1d normalizes a layer's values over the mini-batch, then scales and shifts them (gamma, beta): the loss drops fast in the first epochs. The training loss uses each batch's own statistics, so it stays noisy; evaluation uses the running statistics, so the Metrics panel's loss is much lower.</source>
        <translation>각 BatchNorm1d는 층의 값을 미니배치 단위로 정규화한 뒤 크기를 조절하고 이동시킵니다(gamma, beta). 그래서 처음 몇 에포크 동안 손실이 빠르게 떨어집니다. 학습 손실은 배치마다 그 배치의 통계를 쓰므로 계속 들쭉날쭉하고, 평가는 이동 평균 통계를 쓰므로 지표 창의 손실이 훨씬 낮습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Each step overshoots further than the last until the numbers overflow: training stops at the first NaN/Inf and keeps the last finite weights. Lower the learning rate.</source>
        <translation>걸음마다 최솟값을 지난번보다 더 멀리 지나쳐 가다가 결국 숫자가 넘쳐 버립니다. 학습은 처음 NaN/Inf가 나온 곳에서 멈추고, 마지막으로 유한했던 가중치를 남겨 둡니다. 학습률을 낮춰 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Each weight's step shrinks with the sum of its past squared gradients: big early steps, then ever smaller ones.</source>
        <translation>가중치마다 지금까지 받은 기울기 제곱의 합이 커질수록 걸음이 작아집니다. 처음에는 크게 움직이다가 갈수록 점점 작게 움직입니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Early stopping</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.py"/>
        <source>Early stopping at epoch {epoch}: the validation loss has not improved for {patience} epochs. Restored the weights of epoch {best_epoch} (validation loss {best_loss:.4f}).</source>
        <translation>에포크 {epoch}에서 조기 종료: 검증 손실이 {patience} 에포크 동안 나아지지 않았습니다. 에포크 {best_epoch}의 가중치로 되돌렸습니다 (검증 손실 {best_loss:.4f}).</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>Early stopping watches the validation loss: set a validation fraction above 0.</source>
        <translation>조기 종료는 검증 손실을 지켜봅니다: 검증 비율을 0보다 크게 설정하세요.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>Early-stopping patience must be a whole number of epochs (0 turns it off).</source>
        <translation>조기 종료의 인내 에포크는 정수여야 합니다 (0이면 꺼집니다).</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Every number matches the notes: dE/dw5 = dE/do1 * do1/dz3 * dz3/dw5, and after one step with lr 0.5 each weight moves by -0.5 times its gradient.</source>
        <translation>모든 숫자가 노트와 같습니다. dE/dw5 = dE/do1 * do1/dz3 * dz3/dw5이고, 학습률 0.5로 한 번 업데이트하면 각 가중치는 자기 기울기의 -0.5배만큼 움직입니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Every optimizer lesson trains the same 2-10-10-1 tanh network on the same noisy moons, in mini-batches of 32, for 301 epochs. The Hyper-parameters tab shows this lesson's optimizer and learning rate.</source>
        <translation>모든 옵티마이저 실습은 같은 2-10-10-1 tanh 신경망을 같은 잡음 섞인 moons 데이터로, 미니배치 32개씩 301 에포크 동안 학습합니다. 하이퍼파라미터 탭에서 이 실습의 옵티마이저와 학습률을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Explicit biases</source>
        <translation>직접 지정한 편향</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Explicit weights (units x inputs)</source>
        <translation>직접 지정한 가중치 (유닛 x 입력)</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Features</source>
        <translation>특성 수</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Finished: the loss is {loss}. The flat part at 0.6931 was the network answering 0.5 everywhere; once the two hidden lines found their places, the loss fell.</source>
        <translation>끝났습니다. 손실은 {loss}입니다. 0.6931의 평평한 구간은 신경망이 모든 점에 0.5로 답하던 때입니다. 두 은닉 직선이 제자리를 찾자 손실이 떨어졌습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Four Linear layers with a sigmoid after each. The Gradients plot will draw, every epoch, the size of dE/dW of each layer on a log scale.</source>
        <translation>Linear 층 네 개 뒤마다 sigmoid가 있습니다. 기울기 그래프는 에포크마다 각 층의 dE/dW 크기를 로그 눈금으로 그립니다.</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>Give either --vary or --variant, not both.</source>
        <translation>--vary와 --variant 중 하나만 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/metrics.py"/>
        <source>Gold classes must lie in 0..{last}, found {low}..{high}.</source>
        <translation>정답 클래스는 0..{last} 범위여야 하는데 {low}..{high}입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Handwritten digits from an IDX images file and an IDX labels file (MNIST format), 10 classes.</source>
        <translation>IDX 이미지 파일과 IDX 레이블 파일(MNIST 형식)의 손글씨 숫자, 10개 클래스.</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>He draws the starting weights with standard deviation sqrt(2 / n_in): right for ReLU, which zeroes half its inputs.</source>
        <translation>He 초기화는 시작 가중치를 표준편차 sqrt(2 / n_in)로 뽑습니다. 입력의 절반을 0으로 만드는 ReLU에 알맞습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>He initialization for ReLU</source>
        <translation>ReLU를 위한 He 초기화</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Heaviside step: 1 if z &gt; 0 else 0. Forward only: it has no useful gradient.</source>
        <translation>헤비사이드 계단 함수: z &gt; 0이면 1, 아니면 0. 순전파 전용: 쓸모 있는 기울기가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>Hidden activation</source>
        <translation>은닉층 활성화 함수</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Hover the edge w5 (from the first hidden neuron to the first output) in the neuron view. This text shows its chain rule with the real numbers: dE/dw5 = dE/do1 · do1/dz3 · dz3/dw5.</source>
        <translation>뉴런 보기에서 간선 w5(첫 번째 은닉 뉴런에서 첫 번째 출력으로)에 마우스를 올리세요. 이 글에 실제 숫자로 연쇄 법칙이 나옵니다: dE/dw5 = dE/do1 · do1/dz3 · dz3/dw5.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>IDX file '{path}' cannot be read: permission denied.</source>
        <translation>IDX 파일 '{path}'을(를) 읽을 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>IDX file '{path}' cannot be read: {error}.</source>
        <translation>IDX 파일 '{path}'을(를) 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>IDX file '{path}' does not exist.</source>
        <translation>IDX 파일 '{path}'이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Identity</source>
        <translation>항등(Identity)</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>In the neuron view, the first hidden neuron is NAND (weights -0.5, -0.5, bias 0.7), the second OR (0.6, 0.6, bias -0.5), and the output neuron is AND of the two (0.5, 0.5, bias -0.7). Each applies a step: 1 if z &gt; 0, else 0. Click a neuron to read its z.</source>
        <translation>뉴런 보기에서 첫 번째 은닉 뉴런은 NAND(가중치 -0.5, -0.5, 편향 0.7), 두 번째는 OR(0.6, 0.6, 편향 -0.5)이고, 출력 뉴런은 둘의 AND(0.5, 0.5, 편향 -0.7)입니다. 각 뉴런은 계단 함수를 씁니다: z &gt; 0이면 1, 아니면 0. 뉴런을 클릭하면 z를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Init range a (uniform)</source>
        <translation>초기화 범위 a (균등)</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Init std (normal)</source>
        <translation>초기화 표준편차 (정규)</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <location filename="../core/graph/kinds.py"/>
        <source>Initialisation</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Inline data</source>
        <translation>직접 입력한 데이터</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Inline data '{field}' holds NaN, infinite or too large values (beyond ±3.4e38).</source>
        <translation>직접 입력한 데이터 '{field}'에 NaN, 무한대 또는 너무 큰 값(±3.4e38 초과)이 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Inline data must be rectangular lists of numbers.</source>
        <translation>직접 입력한 데이터는 직사각형 모양의 숫자 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Inline data: multiclass targets 'y' must be class numbers from 0 to {last}.</source>
        <translation>직접 입력한 데이터: 다중 클래스 목표 'y'는 0부터 {last}까지의 클래스 번호여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Joins its inputs side by side; width is the sum.</source>
        <translation>입력을 나란히 이어 붙입니다; 너비는 그 합입니다.</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>Jupyter notebook (PyTorch, NumPy, matplotlib)</source>
        <translation>Jupyter 노트북 (PyTorch, NumPy, matplotlib)</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <location filename="../core/presets/comparisons.py"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>L1 regularization</source>
        <translation>L1 정규화</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <location filename="../core/presets/comparisons.py"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>L2 regularization</source>
        <translation>L2 정규화</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>Label column {column!r} is out of range for {file}: it has {columns} columns (use 0..{last}, or -1 for the last).</source>
        <translation>레이블 열 {column!r}이(가) {file}의 범위를 벗어났습니다: 열이 {columns}개입니다 (0..{last}을(를) 쓰거나, 마지막 열은 -1).</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>LeakyReLU</source>
        <translation>LeakyReLU</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Like AdaGrad with a moving average, so steps do not die out.</source>
        <translation>AdaGrad와 비슷하지만 기울기 제곱을 이동 평균으로 기억하므로, 걸음이 0으로 사그라들지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Linear</source>
        <translation>선형(Linear)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Linear regression by gradient descent</source>
        <translation>경사 하강법으로 푸는 선형 회귀</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>Link id '{link_id}' is already used.</source>
        <translation>연결 ID '{link_id}'은(는) 이미 쓰이고 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>Logic gate</source>
        <translation>논리 게이트</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Loss: BCE with logits</source>
        <translation>손실 함수: 로짓을 받는 BCE</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Loss: cross-entropy on handwritten digits (8x8)</source>
        <translation>손실 함수: 교차 엔트로피로 손글씨 숫자(8x8) 분류</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Loss: mean squared error on XOR</source>
        <translation>손실 함수: 평균 제곱 오차(MSE)로 XOR 학습</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>MNIST (IDX files)</source>
        <translation>MNIST (IDX 파일)</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>MNIST folder '{folder}' does not exist or is not a folder.</source>
        <translation>MNIST 폴더 '{folder}'이(가) 없거나 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>MNIST handwritten digits (28x28) from a folder of IDX files, 10 classes.</source>
        <translation>IDX 파일 폴더에서 읽는 MNIST 손글씨 숫자(28x28), 클래스 10개.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>MNIST split must be 'train' or 'test', not {split!r}.</source>
        <translation>MNIST 분할은 'train' 또는 'test'여야 합니다 ({split!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>MNIST {split}</source>
        <translation>MNIST {split}</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <location filename="../ui/editor/node_item.py"/>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>MSE with a sigmoid output learns more slowly: its gradient carries sigmoid's slope, which is tiny when the output is confidently wrong. Its plateau is at 0.25 (always answering 0.5), not 0.6931, and it leaves it later than the BCE version.</source>
        <translation>Sigmoid 출력에 MSE를 쓰면 더 느리게 학습합니다. 기울기에 sigmoid의 기울기가 곱해지는데, 출력이 자신 있게 틀렸을 때 그 값이 아주 작기 때문입니다. 정체 구간은 0.6931이 아니라 0.25(항상 0.5로 답할 때)이고, BCE 버전보다 늦게 벗어납니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <location filename="../core/train/losses.py"/>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <location filename="../core/train/config.py"/>
        <location filename="../ui/training/settings_form.py"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Momentum plus RMSProp's scaling: fast and robust.</source>
        <translation>Momentum에 RMSProp의 걸음 크기 조절을 더한 방식입니다. 빠르고 설정에 덜 민감합니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Momentum speeds SGD up along steady directions; AdaGrad starts fast, then its steps shrink.</source>
        <translation>Momentum은 일정한 방향으로 SGD를 빠르게 하고, AdaGrad는 빠르게 시작했다가 보폭이 점점 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>Moons</source>
        <translation>반달</translation>
    </message>
    <message>
        <location filename="../core/metrics.py"/>
        <source>Multiclass output must have shape (n, classes &gt;= 2), not {shape}.</source>
        <translation>다중 클래스 출력의 모양은 (n, 클래스 &gt;= 2)이어야 합니다 ({shape}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>NAND gate</source>
        <translation>NAND 게이트</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Negative slope</source>
        <translation>음수 구간 기울기</translation>
    </message>
    <message>
        <location filename="../core/presets/lectures.py"/>
        <source>Neural Network: from linear regression to neural networks</source>
        <translation>신경망: 선형회귀에서 신경망으로</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>No MNIST {split} images found in folder '{folder}' (looked for {names}).</source>
        <translation>폴더 '{folder}'에서 MNIST {split} 이미지를 찾지 못했습니다 (찾아본 이름: {names}).</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>No MNIST {split} labels found in folder '{folder}' (looked for {names}).</source>
        <translation>폴더 '{folder}'에서 MNIST {split} 레이블을 찾지 못했습니다 (찾아본 이름: {names}).</translation>
    </message>
    <message>
        <location filename="../core/train/plateau.py"/>
        <source>No improvement over the last {n} epochs (loss {loss:.4f}).</source>
        <translation>마지막 {n} 에포크 동안 나아지지 않았습니다 (손실 {loss:.4f}).</translation>
    </message>
    <message>
        <location filename="../core/boundary/network.py"/>
        <source>No plane forward for layer kind '{kind}'.</source>
        <translation>층 종류 '{kind}'에 대한 평면 순전파가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>No points drawn yet: turn on Draw on the input plane and click to add some.</source>
        <translation>아직 그린 점이 없습니다: 입력 평면에서 그리기를 켜고 클릭해서 점을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>No single perceptron can do XOR, but a hidden layer of NAND and OR followed by AND can: this is why networks need hidden layers.</source>
        <translation>퍼셉트론 하나로는 XOR을 만들 수 없지만, NAND와 OR로 된 은닉층 뒤에 AND를 두면 만들 수 있습니다. 신경망에 은닉층이 필요한 이유가 바로 이것입니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>Node id '{node_id}' is already used.</source>
        <translation>노드 ID '{node_id}'은(는) 이미 쓰이고 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Normalises each feature over the batch, then scales and shifts.</source>
        <translation>특성마다 배치 전체로 정규화한 뒤 크기를 조정하고 이동합니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Nothing is trained in this lesson: every weight was set by hand. PRED vs GOLD lists the network's answers for (0,0), (0,1), (1,0), (1,1).</source>
        <translation>이 실습에서는 아무것도 학습하지 않습니다. 가중치는 모두 손으로 정했습니다. 예측 대 정답 표에 (0,0), (0,1), (1,0), (1,1)에 대한 신경망의 답이 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Nothing to train (0 epochs): read PRED vs GOLD in the Metrics panel, then click the neuron in the neuron view and read z = 0.5 x1 + 0.5 x2 - 0.7.</source>
        <translation>학습할 것이 없습니다(0 에포크). 지표 창에서 PRED와 GOLD를 읽은 뒤, 뉴런 보기에서 뉴런을 클릭해 z = 0.5 x1 + 0.5 x2 - 0.7 값을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Nothing to train: read PRED vs GOLD in the Metrics panel, then click the hidden layer's two neurons in the neuron view.</source>
        <translation>학습할 것이 없습니다. 지표 창에서 PRED와 GOLD를 읽은 뒤, 뉴런 보기에서 은닉층의 두 뉴런을 클릭해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Nothing to train: the weights are 0.6, 0.6 and the bias -0.5. Read PRED vs GOLD in the Metrics panel.</source>
        <translation>학습할 것이 없습니다. 가중치는 0.6, 0.6, 편향은 -0.5입니다. 지표 창에서 PRED와 GOLD를 읽어 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Nothing to train: the weights are set by hand to -0.5, -0.5 and the bias to 0.7. Read PRED vs GOLD in the Metrics panel.</source>
        <translation>학습할 것이 없습니다. 가중치는 손으로 -0.5, -0.5, 편향은 0.7로 정해 두었습니다. 지표 창에서 PRED와 GOLD를 읽어 보세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Now compare with ReLU: open the lesson 'Deep: the same network with ReLU' (File &gt; Open Lesson, Ctrl+L). Its tour goes on from there.</source>
        <translation>이제 ReLU와 비교해 봅시다. '깊은 신경망: 같은 구조를 ReLU로' 실습을 여세요(파일 &gt; 실습 열기, Ctrl+L). 안내는 거기서 이어집니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Now open another optimizer lesson (File &gt; Open Lesson, Ctrl+L) and compare its curve with this one. After 301 epochs SGD and Adadelta end near 0.16, AdaGrad near 0.15, Momentum, RMSProp and Adam near 0.10.</source>
        <translation>이제 다른 옵티마이저 실습을 열어(파일 &gt; 실습 열기, Ctrl+L) 곡선을 이것과 비교해 보세요. 301 에포크 뒤 SGD와 Adadelta는 0.16 근처, AdaGrad는 0.15 근처, Momentum, RMSProp, Adam은 0.10 근처에서 끝납니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Now press Ctrl+Z (Edit &gt; Undo) to put the lesson's weight back.</source>
        <translation>이제 Ctrl+Z(편집 &gt; 실행 취소)를 눌러 실습의 가중치를 되돌리세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Now press Play: training runs 10,001 epochs as fast as it can.</source>
        <translation>이제 재생을 누르세요. 10,001 에포크를 최대한 빨리 학습합니다.</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>ONNX model</source>
        <translation>ONNX 모델</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>OR gate</source>
        <translation>OR 게이트</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>One weight and one bias; each step moves them against the gradient of the MSE.</source>
        <translation>가중치 하나와 편향 하나뿐입니다. 한 걸음마다 둘 다 MSE 기울기의 반대 방향으로 움직입니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Only (1, 1) gives z &gt; 0, so the step outputs 1 only there: AND.</source>
        <translation>z &gt; 0이 되는 입력은 (1, 1)뿐이므로, 계단 함수는 그때만 1을 출력합니다. 이것이 AND입니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/apply.py"/>
        <source>Only a single chain of layers (no skip connections or merges) can change its activation, width, depth, regulariser or initialisation.</source>
        <translation>층이 한 줄로 이어진 신경망(스킵 연결이나 합치기 없음)만 활성화 함수, 너비, 깊이, 정규화, 초기화를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>Only data with two inputs and one target can be drawn on the plane.</source>
        <translation>입력이 두 개이고 목표가 하나인 데이터만 평면에 그릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>Only one Input layer is allowed; remove '{name}'.</source>
        <translation>입력층은 하나만 둘 수 있습니다; '{name}'을(를) 지우세요.</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>Only one Output layer is allowed; remove '{name}'.</source>
        <translation>출력층은 하나만 둘 수 있습니다; '{name}'을(를) 지우세요.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Optimizer: AdaGrad</source>
        <translation>옵티마이저: AdaGrad</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Optimizer: Adadelta</source>
        <translation>옵티마이저: Adadelta</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Optimizer: Adam</source>
        <translation>옵티마이저: Adam</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Optimizer: Momentum</source>
        <translation>옵티마이저: Momentum</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Optimizer: RMSProp</source>
        <translation>옵티마이저: RMSProp</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Optimizer: SGD</source>
        <translation>옵티마이저: SGD</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Over-fitting: a big network on noisy moons</source>
        <translation>과적합: 잡음 섞인 반달(moons) 데이터를 배우는 큰 신경망</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>PRED is now {preds}: the truth table follows the weight you typed at once, without training. (With w5 = -2 it reads 0 0 0 0.)</source>
        <translation>이제 예측은 {preds}입니다. 진리표는 학습 없이 입력한 가중치를 곧바로 따릅니다. (w5 = -2이면 0 0 0 0이 됩니다.)</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>PRED is now {preds}: with w5 = -2 the output's z = -2·NAND + 0.5·OR - 0.7 never rises above 0. The truth table changed at once, without training.</source>
        <translation>이제 예측은 {preds}입니다. w5 = -2이면 출력의 z = -2·NAND + 0.5·OR - 0.7은 결코 0보다 커지지 않습니다. 진리표가 학습 없이 곧바로 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>PRED reads {preds} again: XOR is back. A hidden layer (NAND and OR) made it possible; no single neuron can do it.</source>
        <translation>예측이 다시 {preds}입니다. XOR이 돌아왔습니다. 은닉층(NAND와 OR) 덕분에 가능했고, 뉴런 하나로는 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>PRED reads {preds} and accuracy is {accuracy}: every point is right.</source>
        <translation>예측은 {preds}, 정확도는 {accuracy}입니다. 모든 점이 맞았습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>PRED reads {preds}, accuracy {accuracy}: not every point is right yet. Train longer, or Reset and try another seed.</source>
        <translation>예측은 {preds}, 정확도는 {accuracy}입니다. 아직 모든 점이 맞지는 않습니다. 더 오래 학습하거나, 초기화한 뒤 다른 시드로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>PRED reads {preds}, not 0 1 1 0: a weight was changed. Edit &gt; Undo brings the lesson's weights back.</source>
        <translation>예측이 0 1 1 0이 아니라 {preds}입니다. 가중치가 바뀌었습니다. 편집 &gt; 실행 취소로 실습의 가중치를 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>PRED reads {preds}. Undo again until it reads 0 1 1 0.</source>
        <translation>예측은 {preds}입니다. 0 1 1 0이 될 때까지 다시 실행 취소하세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>PRED reads {preds}: XOR, without a single epoch of training.</source>
        <translation>예측은 {preds}입니다. 한 에포크도 학습하지 않고 XOR입니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>PRED vs GOLD and the accuracy: the moons overlap (noise 0.3), so a few points stay on the wrong side whatever the optimizer.</source>
        <translation>예측 대 정답과 정확도: 두 moons가 겹치므로(잡음 0.3) 어떤 옵티마이저를 써도 몇 점은 반대편에 남습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>PRED vs GOLD: the network's answer for each of the four points next to the right one.</source>
        <translation>예측 대 정답: 네 점 각각에 대한 신경망의 답이 정답 옆에 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>PRED vs GOLD: the output column reads 0.5 for every point. Whether PRED says 0 or 1 is decided by rounding noise in the 7th decimal, not by anything the network learned.</source>
        <translation>예측 대 정답: 출력 열은 모든 점에서 0.5입니다. 예측이 0이 될지 1이 될지는 신경망이 배운 무언가가 아니라 소수점 일곱째 자리의 반올림 잡음이 정합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Parameter 'task' for data set kind 'file' must be one of {choices} or null.</source>
        <translation>데이터 세트 종류 'file'의 매개변수 'task'는 {choices} 중 하나이거나 null이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Parameter 'task' for inline data must be one of {choices}.</source>
        <translation>직접 입력한 데이터의 매개변수 'task'는 {choices} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Parameter '{name}' for data set kind '{kind}' must be text, not {value!r}.</source>
        <translation>데이터 세트 종류 '{kind}'의 매개변수 '{name}'은(는) 텍스트여야 합니다 ({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/_params.py"/>
        <source>Parameter '{name}' for {what} must be a number, not {value!r}.</source>
        <translation>{what}의 매개변수 '{name}'은(는) 숫자여야 합니다 ({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/_params.py"/>
        <source>Parameter '{name}' for {what} must be a whole number, not {value!r}.</source>
        <translation>{what}의 매개변수 '{name}'은(는) 정수여야 합니다 ({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/_params.py"/>
        <source>Parameter '{name}' for {what} must be between {low} and {high}, not {value}.</source>
        <translation>{what}의 매개변수 '{name}'은(는) {low}에서 {high} 사이여야 합니다 ({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/_params.py"/>
        <source>Parameter '{name}' must be a number, not {value!r}.</source>
        <translation>매개변수 '{name}'은(는) 숫자여야 합니다 ({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/_params.py"/>
        <source>Parameter '{name}' must be a whole number, not {value!r}.</source>
        <translation>매개변수 '{name}'은(는) 정수여야 합니다 ({value!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/data/_params.py"/>
        <source>Parameter '{name}' must be between {low} and {high}, not {value}.</source>
        <translation>매개변수 '{name}'은(는) {low}에서 {high} 사이여야 합니다 ({value}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/presets/lectures.py"/>
        <source>Part 2 DNN: perceptron to deep networks</source>
        <translation>Part 2 DNN: 퍼셉트론에서 깊은 신경망까지</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Passes values through unchanged (a linear layer's output as is).</source>
        <translation>값을 그대로 통과시킵니다 (선형 층의 출력 그대로).</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Pieces k</source>
        <translation>조각 수 k</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Plain mini-batch gradient descent: w -= lr * grad. Noisy, steady.</source>
        <translation>가장 기본적인 미니배치 경사 하강법입니다: w -= lr * grad. 곡선은 들쭉날쭉하지만 꾸준히 내려갑니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Playground: a spiral</source>
        <translation>자유 실습: 나선</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Points drawn on the input plane: two inputs, a class or a value each.</source>
        <translation>입력 평면에 그린 점: 입력 두 개와 점마다 클래스 또는 값 하나.</translation>
    </message>
    <message>
        <location filename="../core/metrics.py"/>
        <source>Predicted classes must lie in 0..{last}, found {low}..{high}.</source>
        <translation>예측 클래스는 0..{last} 범위여야 하는데 {low}..{high}입니다.</translation>
    </message>
    <message>
        <location filename="../core/metrics.py"/>
        <source>Predictions of shape {pred} do not match gold labels of shape {gold}.</source>
        <translation>모양 {pred}의 예측이 모양 {gold}의 정답 레이블과 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Press Play (mini-batches of 32 are already set); then compare the training loss with the loss in the Metrics panel.</source>
        <translation>‘재생’을 누르세요(미니배치 크기 32가 이미 설정되어 있습니다). 그다음 학습 손실과 지표 창의 손실을 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Press Play and let it train for 10,001 epochs.</source>
        <translation>재생을 누르고 10,001 에포크 동안 학습하게 두세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Press Play and watch the loss. Step one epoch at a time near the start, then let it run.</source>
        <translation>‘재생’을 누르고 손실이 어떻게 변하는지 지켜보세요. 학습 초반에는 ‘에포크 한 번’으로 한 에포크씩 넘겨 보고, 그다음에는 끝까지 돌아가게 두세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Press Play.</source>
        <translation>재생을 누르세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Press Step epoch once: one forward pass over the four points, the loss, the backward pass and one update of every weight.</source>
        <translation>'에포크 한 번'을 한 번 누르세요. 네 점에 대한 순전파 한 번, 손실, 역전파, 그리고 모든 가중치의 갱신 한 번입니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Press Step phase again: the loss compares the outputs with the targets 0.4 and 0.6.</source>
        <translation>'단계 한 번'을 다시 누르세요. 손실이 출력을 목표값 0.4, 0.6과 비교합니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Press Step phase: the forward pass. Each neuron computes z = Σ w·a (this network has no biases) and a = sigmoid(z); pulses run left to right.</source>
        <translation>'단계 한 번'을 누르세요: 순전파입니다. 각 뉴런이 z = Σ w·a(이 신경망에는 편향이 없습니다)와 a = sigmoid(z)를 계산하고, 펄스가 왼쪽에서 오른쪽으로 흐릅니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <location filename="../core/train/config.py"/>
        <location filename="../ui/training/settings_form.py"/>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>RMSProp and Adam scale each weight's step by its recent gradients: both fall faster than SGD.</source>
        <translation>RMSProp와 Adam은 각 가중치의 보폭을 최근 기울기로 조절합니다: 둘 다 SGD보다 빠르게 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <location filename="../core/presets/comparisons.py"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>ReLU is max(0, z); a Maxout neuron learns both of its pieces, max(w1 x + b1, w2 x + b2), so it can become ReLU, a leaky ReLU, |z| or any convex bend. It never dies: the winning piece always passes the gradient back. With twice the weights per neuron, its loss falls below 0.1 at about epoch 140, ReLU's at about 260.</source>
        <translation>ReLU는 max(0, z)입니다. Maxout 뉴런은 두 조각 max(w1 x + b1, w2 x + b2)를 모두 학습하므로 ReLU, Leaky ReLU, |z| 또는 어떤 볼록한 꺾임도 될 수 있습니다. 이 뉴런은 죽지 않습니다: 이긴 조각이 언제나 기울기를 뒤로 전달합니다. 뉴런마다 가중치가 두 배라서, 손실이 0.1 아래로 내려가는 때가 약 140 에포크로 ReLU(약 260 에포크)보다 빠릅니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>ReLU passes gradients through unchanged where it is active: the deep network learns in a fraction of the epochs.</source>
        <translation>ReLU는 활성화된(입력이 양수인) 구간에서 기울기를 줄이지 않고 그대로 통과시킵니다. 그래서 같은 깊은 신경망이 훨씬 적은 에포크 만에 학습됩니다.</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>Regression curve</source>
        <translation>회귀 곡선</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Regression: y = 2x + noise on [-1, 1].</source>
        <translation>회귀: [-1, 1]에서 y = 2x + 잡음.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Regression: y = sin(pi x) + noise on [-1, 1].</source>
        <translation>회귀: [-1, 1]에서 y = sin(pi x) + 잡음.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Regression: y = x^2 on [-1, 1].</source>
        <translation>회귀: [-1, 1]에서 y = x^2.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>Regulariser</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Residual connections</source>
        <translation>잔차 연결</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Running-stat momentum</source>
        <translation>이동 통계 모멘텀</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <location filename="../core/train/config.py"/>
        <location filename="../ui/training/settings_form.py"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>Say what differs between the runs: --vary KEY=V1,V2 or --variant KEY=V (comparison lessons: {lessons}).</source>
        <translation>실행끼리 무엇이 다른지 지정하세요: --vary KEY=V1,V2 또는 --variant KEY=V (비교 실습: {lessons}).</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>See how a neural network learns.</source>
        <translation>신경망이 어떻게 학습하는지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>Seeds must be whole numbers, 0 or more.</source>
        <translation>시드는 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <location filename="../core/presets/comparisons.py"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Skip connections give gradients a short path back, so a deep network trains easily.</source>
        <translation>건너뛰는 연결 덕분에 기울기가 거꾸로 돌아갈 지름길이 생기므로, 깊은 신경망도 쉽게 학습됩니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Stacked linear layers are still one linear function: the best it can draw is a straight line, so the loss stays high.</source>
        <translation>선형 층을 아무리 쌓아도 결국 하나의 선형 함수입니다. 그릴 수 있는 최선이 직선이라 손실이 높게 남습니다.</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>Standalone PyTorch script</source>
        <translation>독립 실행형 PyTorch 스크립트</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Starting from zeros, both hidden neurons get the same gradient forever: they stay identical, act as one line, and the loss stays at 0.6931.</source>
        <translation>0에서 출발하면 두 은닉 뉴런은 끝까지 똑같은 기울기를 받습니다. 그래서 두 뉴런이 계속 똑같은 채로 직선 하나처럼 동작하고, 손실은 0.6931에 머뭅니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Step</source>
        <translation>계단(Step)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Step a few epochs and watch the line fit the points.</source>
        <translation>‘에포크 한 번’으로 몇 에포크를 진행하면서 직선이 점들에 맞춰지는 모습을 지켜보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Step one phase at a time: forward, loss, backward, update. Hover the edge w5.</source>
        <translation>‘단계 한 번’으로 순전파, 손실, 역전파, 가중치 업데이트를 한 단계씩 진행해 보세요. w5 연결선 위에 마우스를 올려 보세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Step phase once more: the backward pass. dE/d(output) goes back through every edge; pulses run right to left.</source>
        <translation>'단계 한 번'을 한 번 더: 역전파입니다. dE/d(출력)이 모든 간선을 거쳐 거꾸로 전해지고, 펄스가 오른쪽에서 왼쪽으로 흐릅니다.</translation>
    </message>
    <message>
        <location filename="../core/train/plateau.py"/>
        <source>Stuck at {loss:.4f}: the loss of answering {half} for every sample.</source>
        <translation>{loss:.4f}에 멈췄습니다: 모든 샘플에 {half}(이)라고 답할 때의 손실입니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Sums its inputs (a residual / skip connection); widths must match.</source>
        <translation>입력을 더합니다 (잔차 / 스킵 연결); 너비가 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Ten hidden neurons draw ten lines: the loss falls sooner and lower than with two.</source>
        <translation>은닉 뉴런 10개가 직선 10개를 긋습니다. 뉴런이 2개일 때보다 손실이 더 일찍, 더 낮게 떨어집니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Ten outputs, one per digit; cross-entropy with softmax. Accuracy climbs above 90%.</source>
        <translation>출력은 숫자마다 하나씩 모두 10개이고, softmax와 교차 엔트로피(CE)를 씁니다. 정확도가 90% 넘게 올라갑니다.</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>Text file</source>
        <translation>텍스트 파일</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The L1 must be a number from {low:g} to {high:g}.</source>
        <translation>L1은 {low:g}에서 {high:g} 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The L2 must be a number from {low:g} to {high:g}.</source>
        <translation>L2는 {low:g}에서 {high:g} 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The batch size must be a whole number of at least 1 (or empty for full batch).</source>
        <translation>배치 크기는 1 이상의 정수여야 합니다 (전체 배치는 비워 두세요).</translation>
    </message>
    <message>
        <location filename="../core/data/digits.py"/>
        <source>The built-in digits data (ann_viz/assets/{asset}) is missing or damaged; reinstall ann-viz ({error}).</source>
        <translation>내장 숫자 데이터(ann_viz/assets/{asset})가 없거나 손상되었습니다; ann-viz를 다시 설치하세요 ({error}).</translation>
    </message>
    <message>
        <location filename="../core/compare/apply.py"/>
        <source>The changed network cannot be built: {reason}</source>
        <translation>바꾼 신경망을 만들 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../core/compare/apply.py"/>
        <source>The changed network is not valid: {reason}</source>
        <translation>바꾼 신경망이 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/compare/worker.py"/>
        <source>The comparison stopped: {error}</source>
        <translation>비교가 멈췄습니다: {error}</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <source>The comparison's number of epochs is not a whole number from 0 to {high}.</source>
        <translation>비교의 에포크 수가 0부터 {high}까지의 정수가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/train/tensors.py"/>
        <source>The data set '{name}' has no samples.</source>
        <translation>데이터 세트 '{name}'에 샘플이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/train/tensors.py"/>
        <source>The data set '{name}' has {features} input feature(s); the network's Input layer takes {width}.</source>
        <translation>데이터 세트 '{name}'의 입력 특성은 {features}개인데 신경망의 입력층은 {width}개를 받습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>The data's input features.</source>
        <translation>데이터의 입력 특성.</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>The delimiter for {file} must be a character such as ',' or ';', not {delimiter!r}.</source>
        <translation>{file}의 구분자는 ','나 ';' 같은 문자여야 합니다 ({delimiter!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The device must be text such as "auto", "cpu" or "cuda:0", not {value}.</source>
        <translation>장치는 "auto", "cpu", "cuda:0" 같은 글자여야 합니다. {value}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/data/digits.py"/>
        <source>The digits size must be a whole number of pixels from 8 to 64.</source>
        <translation>숫자 이미지 크기는 8에서 64 사이의 정수 픽셀 수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>The drawn points cannot be used: {reason}</source>
        <translation>그린 점을 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../core/safe_open.py"/>
        <source>The file name '{path}' holds a NUL character; no file can have that name.</source>
        <translation>파일 이름 '{path}'에 NUL 문자가 있습니다; 그런 이름의 파일은 있을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/film/recorder.py"/>
        <source>The film stopped: {reason}</source>
        <translation>학습 영상 녹화가 멈췄습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>The first layer draws lines; deeper layers combine them into curved regions.</source>
        <translation>첫 번째 층은 직선을 긋고, 더 깊은 층은 그 직선들을 조합해 곡선 모양의 영역을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../core/inspect/gradient_check.py"/>
        <source>The gradient check needs a batch: step the forward phase.</source>
        <translation>기울기 검사에는 배치가 필요합니다. 순전파 단계를 진행하세요.</translation>
    </message>
    <message>
        <location filename="../core/graph/topology.py"/>
        <location filename="../core/graph/validate.py"/>
        <source>The graph has a cycle: {names}.</source>
        <translation>그래프에 순환이 있습니다: {names}.</translation>
    </message>
    <message>
        <location filename="../core/compare/apply.py"/>
        <source>The hidden layers have hand-set weights, which fit only their own layer: the network cannot be made deeper.</source>
        <translation>은닉층에 직접 지정한 가중치가 있어 그 층에만 맞습니다: 신경망을 더 깊게 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>The input plane shows the new answer over the whole square, not only at the four corners.</source>
        <translation>입력 평면은 네 꼭짓점만이 아니라 정사각형 전체에 새 답을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The input plane: the two lines are where each hidden neuron's z = 0. Together they cut out a band that holds (0,1) and (1,0) and leaves out (0,0) and (1,1): XOR is separated.</source>
        <translation>입력 평면: 두 직선은 각 은닉 뉴런의 z = 0인 곳입니다. 둘이 함께 (0,1)과 (1,0)을 담고 (0,0)과 (1,1)은 빼는 띠를 잘라 냅니다. XOR이 분리되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>The label column for {file} must be a whole number, not {column!r}.</source>
        <translation>{file}의 레이블 열은 정수여야 합니다 ({column!r}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>The last Step phase: the update. Every weight moves by -0.5 times its gradient; hover w5 again and compare with the notes' new value.</source>
        <translation>마지막 '단계 한 번': 갱신입니다. 모든 가중치가 기울기의 -0.5배만큼 움직입니다. w5에 다시 마우스를 올려 강의 노트의 새 값과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>The last epoch's training loss is still {loss}: this optimizer has not got far in 301 epochs with this learning rate.</source>
        <translation>마지막 에포크의 학습 손실이 아직 {loss}입니다. 이 학습률로는 이 옵티마이저가 301 에포크 동안 멀리 가지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>The last epoch's training loss is {loss}. Remember it and the shape of the curve: how fast did it fall in the first 50 epochs?</source>
        <translation>마지막 에포크의 학습 손실은 {loss}입니다. 이 값과 곡선의 모양을 기억해 두세요. 처음 50 에포크 동안 얼마나 빨리 떨어졌나요?</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>The learning rate must be a number above 0 (at most 1e6), not {value}.</source>
        <translation>학습률은 0보다 큰 수(최대 1e6)여야 합니다 ({value}가 아니라).</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The learning rate must be a number above 0.</source>
        <translation>학습률은 0보다 큰 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The learning rate must be a number from {low:g} to {high:g}.</source>
        <translation>학습률은 {low:g}에서 {high:g} 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>The loss applies the sigmoid itself, in a numerically safer way; predictions are logits &gt; 0.</source>
        <translation>손실 함수가 Sigmoid를 직접, 수치적으로 더 안전한 방법으로 적용합니다. 예측은 로짓 &gt; 0인지로 정합니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The loss curve: no long plateau. Open 'Deep: 2-10-10-10-1 sigmoid (vanishing gradient)' again to put the two gradient plots side by side in your mind.</source>
        <translation>손실 곡선에 긴 정체 구간이 없습니다. '깊은 신경망: 2-10-10-10-1 Sigmoid (기울기 소실)'을 다시 열어 두 기울기 그래프를 나란히 떠올려 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>The loss gets stuck at 0.6931 = ln 2: one line can never separate XOR, so the best the network can do is answer 0.5 everywhere.</source>
        <translation>손실이 0.6931 = ln 2에서 더 내려가지 않습니다. 직선 하나로는 XOR을 결코 나눌 수 없으므로, 이 신경망이 할 수 있는 최선은 모든 입력에 0.5라고 답하는 것뿐입니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The loss is still {loss}: why? It is stuck at ln 2 = 0.6931. A single line cannot separate XOR, so the best the neuron can do is answer 0.5 for every point.</source>
        <translation>손실이 아직 {loss}입니다. 왜일까요? ln 2 = 0.6931에 갇혔습니다. 직선 하나로는 XOR을 나눌 수 없으므로, 뉴런이 할 수 있는 최선은 모든 점에 0.5로 답하는 것입니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The loss is still {loss}: why? Some ReLUs may have died (always negative input, zero gradient). Press Reset and try another seed.</source>
        <translation>손실이 아직 {loss}입니다. 왜일까요? 몇몇 ReLU가 죽었을 수 있습니다(입력이 늘 음수라 기울기가 0). 초기화를 누르고 다른 시드로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The loss is still {loss}: why? The gradients that reach the first layers are too small to move them: the vanishing gradient.</source>
        <translation>손실이 아직 {loss}입니다. 왜일까요? 앞쪽 층에 닿는 기울기가 너무 작아 가중치를 움직이지 못합니다. 기울기 소실입니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The loss is still {loss}: why? The network is stuck on the plateau at ln 2 = 0.6931, answering 0.5 everywhere. Press Reset and try another seed or more epochs in the Hyper-parameters.</source>
        <translation>손실이 아직 {loss}입니다. 왜일까요? 신경망이 ln 2 = 0.6931의 정체 구간에 갇혀 모든 점에 0.5로 답하고 있습니다. 초기화를 누르고 하이퍼파라미터에서 다른 시드나 더 많은 에포크로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The loss is {loss} after 3,001 epochs; it fell below 0.001 by epoch 1,000. The sigmoid network was still at 0.6931 then.</source>
        <translation>3,001 에포크 뒤 손실은 {loss}이고, 1,000 에포크 무렵에 이미 0.001 아래로 떨어졌습니다. sigmoid 신경망은 그때 아직 0.6931이었습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The loss is {loss}, but look at the loss curve: it stayed near 0.6931 until about epoch 5,000 before it escaped. Small gradients, slow learning.</source>
        <translation>손실은 {loss}이지만 손실 곡선을 보세요. 5,000 에포크 무렵까지 0.6931 근처에 머물다가 빠져나왔습니다. 기울기가 작으면 학습이 느립니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The loss is {loss}, not 0.6931: did you change the network, the data or the settings?</source>
        <translation>손실이 0.6931이 아니라 {loss}입니다. 신경망, 데이터, 설정을 바꾸었나요?</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>The loss is {loss}: the mean of (0.4 - o1)² and (0.6 - o2)², with o1 ≈ 0.6094 and o2 ≈ 0.6638, as in the notes.</source>
        <translation>손실은 {loss}입니다. o1 ≈ 0.6094, o2 ≈ 0.6638일 때 (0.4 - o1)²과 (0.6 - o2)²의 평균으로, 강의 노트와 같습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>The loss is {loss}; the notes have 0.0240. Were the weights or the data changed?</source>
        <translation>손실은 {loss}이고 강의 노트의 값은 0.0240입니다. 가중치나 데이터가 바뀌었나요?</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The loss of this first epoch is {loss}. Answering 0.5 for every point would give ln 2 = 0.6931: the random starting weights do no better than that yet.</source>
        <translation>첫 에포크의 손실은 {loss}입니다. 모든 점에 0.5로 답하면 ln 2 = 0.6931이 됩니다. 무작위 초기 가중치는 아직 그보다 낫지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The loss of this first epoch is {loss}: lower than usual for a random start. Did you change the seed or the weights?</source>
        <translation>첫 에포크의 손실은 {loss}로, 무작위 시작치고는 낮습니다. 시드나 가중치를 바꾸었나요?</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>The loss sits near ln 2 = 0.6931 for a while, then falls; the two hidden neurons draw two lines that together cut the plane so that XOR is separated. Accuracy ends at 1.0.</source>
        <translation>손실은 한동안 ln 2 = 0.6931 근처에 머물다가 떨어집니다. 은닉층의 두 뉴런이 각자 직선을 하나씩 긋고, 이 두 직선이 함께 평면을 나누어 XOR을 분리합니다. 마지막 정확도는 1.0입니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>The loss stays near 0.6931 for thousands of epochs: sigmoid's slope is at most 0.25, so gradients shrink layer by layer on the way back. Eventually it escapes.</source>
        <translation>손실이 수천 에포크 동안 0.6931 근처에 머뭅니다. Sigmoid의 기울기는 최대 0.25라서, 역전파로 거슬러 올라가는 동안 기울기가 층을 하나 지날 때마다 작아지기 때문입니다. 그래도 결국에는 이 구간을 빠져나옵니다.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The min delta must be a number from {low:g} to {high:g}.</source>
        <translation>최소 개선폭(min delta)은 {low:g}에서 {high:g} 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The momentum must be a number from {low:g} to {high:g}.</source>
        <translation>모멘텀은 {low:g}에서 {high:g} 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>The network description has no schema version.</source>
        <translation>신경망 설명에 스키마 버전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>The network description is broken: {reason}.</source>
        <translation>신경망 설명이 손상되었습니다: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>The network description is invalid: {reason}</source>
        <translation>신경망 설명이 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>The network description is not a JSON object.</source>
        <translation>신경망 설명이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/apply.py"/>
        <source>The network has no Linear layer to change.</source>
        <translation>바꿀 Linear 층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <location filename="../core/train/trainer.py"/>
        <source>The network has no weights to train.</source>
        <translation>신경망에 학습할 가중치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/worker.py"/>
        <source>The network is not ready to train.</source>
        <translation>네트워크가 아직 학습할 준비가 되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/apply.py"/>
        <source>The network is not valid: {reason}</source>
        <translation>신경망이 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>The network needs an Input layer.</source>
        <translation>신경망에는 입력층이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>The network needs an Output layer.</source>
        <translation>신경망에는 출력층이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>The network's prediction and the loss it is trained on.</source>
        <translation>신경망의 예측과 학습에 쓰는 손실 함수.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The neuron view: the two weights have shrunk to almost 0 (about 1e-7 or less), and so has the bias. Then z ≈ 0 for every point and sigmoid(0) = 0.5. Hover an edge to read its value.</source>
        <translation>뉴런 보기: 두 가중치가 거의 0(1e-7 정도 이하)으로 줄었고, 편향도 마찬가지입니다. 그러면 모든 점에서 z ≈ 0이고 sigmoid(0) = 0.5입니다. 간선에 마우스를 올리면 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>The notes' worked example: inputs 0.1 and 0.2, targets 0.4 and 0.6, the weights w1 to w8 set as on the notes' page, sigmoid neurons, mean squared error, learning rate 0.5.</source>
        <translation>강의 노트의 풀이 예제: 입력 0.1과 0.2, 목표값 0.4와 0.6, 노트에 적힌 대로 정한 가중치 w1~w8, sigmoid 뉴런, 평균 제곱 오차, 학습률 0.5.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The number of epochs must be a whole number from 0 to {high}.</source>
        <translation>에포크 수는 0부터 {high}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/validate.py"/>
        <source>The output of '{name}' is not connected to anything.</source>
        <translation>'{name}'의 출력이 아무 데도 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>The penalties keep the weights small: a smoother boundary than the unregularised network's.</source>
        <translation>벌점이 가중치를 작게 유지합니다: 정규화하지 않은 신경망보다 경계가 매끄럽습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>The penalty lambda * sum(w^2) pulls every weight towards 0: a smoother boundary and a validation loss that does not climb as much.</source>
        <translation>벌점 항 lambda * sum(w^2)이 모든 가중치를 0 쪽으로 끌어당깁니다. 결정 경계가 더 매끄러워지고, 검증 손실도 그만큼 올라가지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>The penalty lambda * sum(|w|) pushes many weights to almost 0 (gradient steps make them hover around 0 rather than land on it): a nearly sparse network.</source>
        <translation>벌점 항 lambda * sum(|w|)이 많은 가중치를 거의 0까지 밀어붙입니다(경사 하강법으로는 정확히 0에 멈추지 않고 0 주위를 맴돕니다). 거의 희소한 신경망이 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The precision must be one of {choices}, not {value}.</source>
        <translation>정밀도는 {choices} 중 하나여야 합니다. {value}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>The project file has no data set description.</source>
        <translation>프로젝트 파일에 데이터 세트 설명이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>The project file has no schema version.</source>
        <translation>프로젝트 파일에 스키마 버전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>The project's training settings are invalid: {reason}</source>
        <translation>프로젝트의 학습 설정이 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <source>The run '{label}' has neither a project nor an error.</source>
        <translation>실행 '{label}'에 프로젝트도 오류도 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/engine.py"/>
        <source>The run could not start: {error}</source>
        <translation>실행을 시작할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../core/compare/engine.py"/>
        <source>The run failed: {error}</source>
        <translation>실행이 실패했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>The same 2-10-10-10-1 network as in the sigmoid lesson, with ReLU instead of sigmoid, learning rate 0.1 and 3,001 epochs. Watch the same Gradients plot.</source>
        <translation>sigmoid 실습과 같은 2-10-10-10-1 신경망에 sigmoid 대신 ReLU를 쓰고, 학습률 0.1로 3,001 에포크 학습합니다. 같은 기울기 그래프를 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>The same line as AND with every sign flipped: the opposite answer.</source>
        <translation>AND와 같은 직선에서 부호만 모두 뒤집은 것이라, 답도 정반대가 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/train/saved_state.py"/>
        <source>The saved training history belongs to another network (layers {saved}; this one has {current}).</source>
        <translation>저장된 학습 기록은 다른 네트워크의 것입니다(층 {saved}; 이 네트워크는 {current}).</translation>
    </message>
    <message>
        <location filename="../core/history_file.py"/>
        <source>The saved training history is damaged ({reason}).</source>
        <translation>저장된 학습 기록이 손상되었습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>The saved weights are not a JSON object.</source>
        <translation>저장된 가중치가 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>The saved weights of '{name}' are damaged ({reason}).</source>
        <translation>저장된 '{name}'의 가중치가 손상되었습니다 ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>The saved weights of '{name}' hold NaN or infinite values.</source>
        <translation>저장된 '{name}'의 가중치에 NaN이나 무한대 값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The seed must be a whole number from 0 to {high}.</source>
        <translation>시드는 0부터 {high}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>The seed sweep trains only chains of Linear layers and element-wise activations (Input -&gt; Linear -&gt; activation -&gt; ... -&gt; Output) with SGD, Momentum or Adam and no L1/L2; {reason}</source>
        <translation>시드 스윕은 선형 층과 원소별 활성화 함수로 된 사슬(입력 -&gt; 선형 -&gt; 활성화 함수 -&gt; ... -&gt; 출력)만 SGD, Momentum, Adam으로, L1/L2 없이 학습합니다; {reason}</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The split seed must be a whole number from 0 to {high}.</source>
        <translation>분할 시드는 0부터 {high}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>The strength of {name} must be a number above 0 and at most {high:g}, not '{value}'.</source>
        <translation>{name}의 세기는 0보다 크고 {high:g} 이하인 수여야 합니다 ('{value}'가 아니라).</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The test fraction must be a number from {low:g} to {high:g}.</source>
        <translation>테스트 비율은 {low:g}에서 {high:g} 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/model.py"/>
        <source>The tour is over. Try the lesson again on your own, or open another lesson.</source>
        <translation>안내가 끝났습니다. 혼자서 실습을 다시 해 보거나 다른 실습을 여세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>The training loss keeps falling while the validation loss turns up: the network learns the noise. Compare with the L1, L2 and early-stopping lessons.</source>
        <translation>학습 손실은 계속 떨어지는데 검증 손실은 어느 순간부터 다시 올라갑니다. 신경망이 잡음까지 외워 버린 것입니다. L1, L2, 조기 종료 수업과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The training settings are not a JSON object.</source>
        <translation>학습 설정이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>The validation fraction must be a number from {low:g} to {high:g}.</source>
        <translation>검증 비율은 {low:g}에서 {high:g} 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <location filename="../core/train/saved_state.py"/>
        <source>The weights do not fit this network: {reasons}.</source>
        <translation>가중치가 이 신경망에 맞지 않습니다: {reasons}.</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>The wide network's loss falls at once; the deep sigmoid network sits on the 0.6931 plateau while its first layers' gradients are tiny.</source>
        <translation>넓은 신경망의 손실은 바로 줄어듭니다. 깊은 Sigmoid 신경망은 앞쪽 층의 기울기가 아주 작은 동안 0.6931 정체 구간에 머뭅니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <location filename="../core/tours/hands_on.py"/>
        <source>The worked backprop example (2-2-2)</source>
        <translation>역전파 손계산 예제 (2-2-2)</translation>
    </message>
    <message>
        <location filename="../core/train/device.py"/>
        <source>There is no CUDA device {index}; this machine has {count}.</source>
        <translation>CUDA 장치 {index}번이 없습니다; 이 컴퓨터에는 {count}개가 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/train/stepping.py"/>
        <source>There is no finite step before the divergence to go back to.</source>
        <translation>발산하기 전으로 되돌아갈 유한한 단계가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>There is no layer named '{name}'.</source>
        <translation>'{name}'(이)라는 층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>There is no link with id '{link_id}'.</source>
        <translation>ID가 '{link_id}'인 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>There is no node with id '{node_id}'.</source>
        <translation>ID가 '{node_id}'인 노드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>There is no preset '{preset}'. `ann-viz presets` lists them.</source>
        <translation>'{preset}'(이)라는 프리셋이 없습니다. `ann-viz presets`로 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/worker.py"/>
        <source>There is no step to go back to: Step back goes over the phases and epochs stepped since the last Play, Reset or typed weight.</source>
        <translation>되돌아갈 단계가 없습니다. 되돌리기는 마지막 재생, 초기화 또는 가중치 입력 뒤에 한 단계씩 진행한 단계와 에포크에만 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/export/history_csv.py"/>
        <source>There is no training history yet: train the network first.</source>
        <translation>아직 학습 기록이 없습니다: 먼저 신경망을 학습하세요.</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.py"/>
        <source>There is no {split} split; set its fraction above 0.</source>
        <translation>{split} 분할이 없습니다; 그 비율을 0보다 크게 설정하세요.</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <source>This comparison was saved by another version of ann-viz (schema {schema}).</source>
        <translation>이 비교는 다른 버전의 ann-viz로 저장되었습니다 (스키마 {schema}).</translation>
    </message>
    <message>
        <location filename="../core/train/losses.py"/>
        <source>This data set has {classes} classes: the output needs {classes} units (one-hot targets); the network gives {width}.</source>
        <translation>이 데이터 세트에는 클래스가 {classes}개 있습니다: 출력에 유닛이 {classes}개 필요한데 (원-핫 목표값) 신경망의 출력은 {width}개입니다.</translation>
    </message>
    <message>
        <location filename="../core/train/losses.py"/>
        <source>This data set has {targets} target value(s) per sample; the network's output has {width}.</source>
        <translation>이 데이터 세트는 샘플마다 목표값이 {targets}개인데 신경망의 출력은 {width}개입니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <source>This is not an ann-viz comparison file.</source>
        <translation>ann-viz 비교 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>This is not an ann-viz project file.</source>
        <translation>ann-viz 프로젝트 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>This network has no hidden layer: one neuron, sigmoid(w1·x1 + w2·x2 + b). Whatever its weights, it can only draw one straight line through the input plane.</source>
        <translation>이 신경망에는 은닉층이 없습니다. 뉴런 하나, sigmoid(w1·x1 + w2·x2 + b)뿐입니다. 가중치가 무엇이든 입력 평면에 직선 하나만 그을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/train/preflight.py"/>
        <source>This network is too big for {device}: {params} weights and one batch's activations need about {needed:.1f} GiB while training; the device has {available:.1f} GiB. Use fewer units, a smaller batch size, or a device with more memory.</source>
        <translation>이 신경망은 {device}에 비해 너무 큽니다: 가중치 {params}개와 배치 하나의 활성값이 학습 중 약 {needed:.1f} GiB를 차지하는데, 장치에는 {available:.1f} GiB가 있습니다. 유닛 수나 배치 크기를 줄이거나, 메모리가 더 큰 장치를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>This network was saved by a newer ann-viz (schema {schema}; this version reads up to {supported}). Update ann-viz to open it.</source>
        <translation>이 신경망은 더 새로운 ann-viz로 저장되었습니다 (스키마 {schema}; 이 버전은 {supported}까지 읽습니다). 열려면 ann-viz를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>This project was saved by a newer ann-viz (schema {schema}; this version reads up to {supported}). Update ann-viz to open it.</source>
        <translation>이 프로젝트는 더 새로운 ann-viz로 저장되었습니다 (스키마 {schema}; 이 버전은 {supported}까지 읽습니다). 열려면 ann-viz를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Too high a learning rate: NaN</source>
        <translation>너무 큰 학습률: NaN</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>TorchScript (deprecated)</source>
        <translation>TorchScript (권장하지 않음)</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>TorchScript (torch.jit) is deprecated in PyTorch 2.x and may be removed: prefer the .pt2 (torch.export) or .onnx format.</source>
        <translation>TorchScript(torch.jit)는 PyTorch 2.x에서 더 이상 권장되지 않으며 제거될 수 있습니다: .pt2(torch.export)나 .onnx 형식을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train 1,000 epochs and compare the loss with the 2-2-1 lesson at the same epoch.</source>
        <translation>1,000 에포크 동안 학습시킨 뒤, 같은 에포크에서의 손실을 2-2-1 수업과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train a few epochs; switch the data to MNIST files if you have them.</source>
        <translation>몇 에포크 학습시켜 보세요. MNIST 파일이 있다면 데이터를 그 파일로 바꿔 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and compare the curves with ReLU.</source>
        <translation>학습시키고 곡선을 ReLU 때와 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and compare the loss curve with the other optimizer lessons.</source>
        <translation>학습시키고 손실 곡선을 다른 옵티마이저 수업들과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and compare the training loss with the validation loss.</source>
        <translation>학습시키면서 학습 손실과 검증 손실을 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and compare with 'Deep: 2-10-10-10-1 sigmoid'.</source>
        <translation>학습시키고 ‘깊은 신경망: 2-10-10-10-1 Sigmoid’ 수업과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and compare with the BCE version (XOR 2-2-1).</source>
        <translation>학습시키고 BCE 버전(XOR 2-2-1)과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and compare with the deep ReLU lesson; then click a hidden neuron in the neuron view to see its two pieces and their maximum.</source>
        <translation>학습시킨 뒤 깊은 ReLU 레슨과 비교해 보세요. 그런 다음 뉴런 보기에서 은닉 뉴런을 클릭하면 두 조각과 그 최댓값을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and compare with the default initialization.</source>
        <translation>학습시키고 기본 초기화와 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and compare with the linear-only lesson.</source>
        <translation>학습시키고 선형 층만 쓴 수업과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and compare with the sigmoid and ReLU versions.</source>
        <translation>학습시키고 Sigmoid 버전, ReLU 버전과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and compare with the sigmoid version.</source>
        <translation>학습시키고 Sigmoid 버전과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and follow the Add nodes: each block's input skips around it.</source>
        <translation>학습시키면서 더하기(Add) 노드를 따라가 보세요. 각 블록의 입력이 블록을 건너뛰어 출력에 바로 더해집니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and inspect the two hidden neurons.</source>
        <translation>학습시키고 두 은닉 뉴런을 자세히 살펴보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and look at how many weights end near zero.</source>
        <translation>학습시키고 0 근처에서 끝나는 가중치가 몇 개나 되는지 살펴보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and look at the fitted curve.</source>
        <translation>학습시키고 맞춰진 곡선을 살펴보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and look at the loss and the per-layer gradient sizes.</source>
        <translation>학습시키면서 손실과 층별 기울기 크기를 살펴보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and open the confusion matrix.</source>
        <translation>학습시키고 혼동 행렬을 열어 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and read the message when it stops.</source>
        <translation>학습시키고, 학습이 멈추면 나오는 메시지를 읽어 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train and watch each hidden neuron's heatmap.</source>
        <translation>학습시키면서 은닉 뉴런마다 그려지는 히트맵을 지켜보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train for 10,000 epochs and watch the loss curve.</source>
        <translation>10,000 에포크 동안 학습시키면서 손실 곡선을 지켜보세요.</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>Train variants of a preset, project, comparison lesson or comparison file side by side and print each run's final loss and accuracy.</source>
        <translation>프리셋, 프로젝트, 비교 실습 또는 비교 파일의 변형들을 나란히 학습하고 각 실행의 최종 손실과 정확도를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train with Play and watch the training loss jump around; then read PRED vs GOLD in the Metrics panel, which is computed in evaluation mode (dropout off).</source>
        <translation>‘재생’으로 학습시키면서 학습 손실이 들쭉날쭉한 모습을 지켜보세요. 그다음 지표 창의 PRED와 GOLD를 보세요. 이 값은 평가 모드(드롭아웃 꺼짐)로 계산됩니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train, then compare the weights and the validation loss with the unregularized lesson.</source>
        <translation>학습시킨 다음, 가중치와 검증 손실을 정규화하지 않은 수업과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train; note there is no Sigmoid before the output.</source>
        <translation>학습시켜 보세요. 출력층 앞에 Sigmoid가 없다는 점에 주목하세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train; then look at neurons whose input is negative.</source>
        <translation>학습시킨 다음, 입력이 음수인 뉴런들을 살펴보세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Train; training stops by itself.</source>
        <translation>학습시켜 보세요. 학습이 저절로 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../core/train/stepping.py"/>
        <source>Training diverged at epoch {epoch}: a NaN/Inf appeared in the gradient of '{layer}'. The last finite weights are kept; try a smaller learning rate.</source>
        <translation>에포크 {epoch}에서 학습이 발산했습니다: '{layer}'의 기울기에 NaN/Inf가 나타났습니다. 마지막 유한한 가중치를 유지합니다; 더 작은 학습률을 써 보세요.</translation>
    </message>
    <message>
        <location filename="../core/train/stepping.py"/>
        <source>Training diverged at epoch {epoch}: a NaN/Inf appeared in the loss computed from '{layer}'. The last finite weights are kept; try a smaller learning rate.</source>
        <translation>에포크 {epoch}에서 학습이 발산했습니다: '{layer}'에서 계산한 손실에 NaN/Inf가 나타났습니다. 마지막 유한한 가중치를 유지합니다; 더 작은 학습률을 써 보세요.</translation>
    </message>
    <message>
        <location filename="../core/train/stepping.py"/>
        <source>Training diverged at epoch {epoch}: a NaN/Inf appeared in the output of '{layer}'. The last finite weights are kept; try a smaller learning rate.</source>
        <translation>에포크 {epoch}에서 학습이 발산했습니다: '{layer}'의 출력에 NaN/Inf가 나타났습니다. 마지막 유한한 가중치를 유지합니다; 더 작은 학습률을 써 보세요.</translation>
    </message>
    <message>
        <location filename="../core/train/stepping.py"/>
        <source>Training diverged at epoch {epoch}: a NaN/Inf appeared in the updated weights of '{layer}'. The last finite weights are kept; try a smaller learning rate.</source>
        <translation>에포크 {epoch}에서 학습이 발산했습니다: '{layer}'의 갱신된 가중치에 NaN/Inf가 나타났습니다. 마지막 유한한 가중치를 유지합니다; 더 작은 학습률을 써 보세요.</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>Training history (CSV)</source>
        <translation>학습 기록 (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/training/worker.py"/>
        <source>Training stopped: {reason}</source>
        <translation>학습이 멈췄습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>Two Gaussians</source>
        <translation>두 가우시안</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>UCI handwritten digits (8x8), 1797 images, 10 classes; built in (size 28: MNIST-shaped).</source>
        <translation>UCI 손글씨 숫자(8x8), 이미지 1797장, 클래스 10개; 내장 데이터 (크기 28: MNIST 모양).</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Units</source>
        <translation>유닛 수</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>Unknown change '{key}'; choose from {keys}.</source>
        <translation>알 수 없는 변경 항목 '{key}'입니다. 다음 중에서 고르세요: {keys}.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Unknown data set kind {kind!r}: use one of {choices}.</source>
        <translation>알 수 없는 데이터 세트 종류 {kind!r}: {choices} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/train/device.py"/>
        <source>Unknown device '{device}': use auto, cpu, cuda or cuda:N.</source>
        <translation>알 수 없는 장치 '{device}': auto, cpu, cuda 또는 cuda:N을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>Unknown export format '{name}'; choose one of {choices}.</source>
        <translation>알 수 없는 내보내기 형식 '{name}'; {choices} 중 하나를 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>Unknown layer kind '{kind}'.</source>
        <translation>알 수 없는 층 종류 '{kind}'.</translation>
    </message>
    <message>
        <location filename="../core/data/logic.py"/>
        <source>Unknown logic gate '{gate}': use one of {choices}.</source>
        <translation>알 수 없는 논리 게이트 '{gate}': {choices} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <location filename="../core/train/optim.py"/>
        <source>Unknown optimizer '{optimizer}'; choose one of {choices}.</source>
        <translation>알 수 없는 옵티마이저 '{optimizer}'; {choices} 중 하나를 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Unknown parameter '{name}' for data set kind '{kind}' (allowed: none).</source>
        <translation>데이터 세트 종류 '{kind}'에 알 수 없는 매개변수 '{name}' (허용되는 매개변수: 없음).</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>Unknown parameter '{name}' for data set kind '{kind}' (allowed: {allowed}).</source>
        <translation>데이터 세트 종류 '{kind}'에 알 수 없는 매개변수 '{name}' (허용되는 매개변수: {allowed}).</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>Unknown task '{task}' for {file}: use one of {choices}, or leave it empty.</source>
        <translation>{file}에 알 수 없는 작업 '{task}': {choices} 중 하나를 쓰거나 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../core/data/dataset.py"/>
        <source>Unknown task '{task}': use one of {choices}.</source>
        <translation>알 수 없는 작업 '{task}': {choices} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/model.py"/>
        <source>Unknown tour check kind: {kind}.</source>
        <translation>알 수 없는 둘러보기 확인 종류: {kind}.</translation>
    </message>
    <message>
        <location filename="../core/tours/model.py"/>
        <source>Unknown tour wait kind: {kind}.</source>
        <translation>알 수 없는 둘러보기 대기 종류: {kind}.</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>Unknown training setting(s): {names}.</source>
        <translation>알 수 없는 학습 설정: {names}.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Unlike ReLU, a negative input still passes 0.1 of its gradient: no neuron dies for good.</source>
        <translation>ReLU와 달리, 입력이 음수여도 기울기의 0.1배는 흘려보냅니다. 그래서 영영 죽어 버리는 뉴런이 생기지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../core/train/config.py"/>
        <source>Validation and test fractions leave no data to train on.</source>
        <translation>검증 비율과 테스트 비율을 빼면 학습할 데이터가 남지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Velocity v = 0.9 v - lr * grad smooths the steps and speeds up along consistent directions.</source>
        <translation>속도 v = 0.9 v - lr * grad가 관성처럼 걸음을 부드럽게 만들고, 기울기 방향이 꾸준히 같은 쪽으로는 점점 빨라집니다.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Watch the loss curve until the run has finished.</source>
        <translation>학습이 끝날 때까지 손실 곡선을 보세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/hands_on.py"/>
        <source>Watch the loss curve. Each epoch is seven updates, one per mini-batch, so the curve is a little noisy. Wait until the run has finished.</source>
        <translation>손실 곡선을 보세요. 한 에포크는 미니배치마다 한 번씩 일곱 번 갱신하므로 곡선이 조금 들쭉날쭉합니다. 학습이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Watch the loss curve: it sits near 0.6931 for about two thousand epochs, then falls steeply. Wait until the run has finished.</source>
        <translation>손실 곡선을 보세요. 약 2,000 에포크 동안 0.6931 근처에 머물다가 가파르게 떨어집니다. 학습이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Watch the per-layer gradients: from the first epoch every layer's gradient is about 0.01 to 0.1, a hundred times the sigmoid network's or more, and linear1's is close to the others. Where a ReLU is active its slope is 1, so the gradient reaches the first layer without shrinking. Wait until the run has finished.</source>
        <translation>층별 기울기를 보세요. 첫 에포크부터 모든 층의 기울기가 대략 0.01에서 0.1로 sigmoid 신경망의 백 배 이상이고, linear1도 다른 층과 비슷합니다. ReLU가 켜진 곳에서는 기울기(경사)가 1이므로 기울기가 줄지 않고 첫 층까지 닿습니다. 학습이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>Watch the per-layer gradients: in the first epoch linear1, the layer farthest from the loss, gets a gradient about 75 times smaller than linear4 (on the way back every sigmoid multiplies it by its slope, at most 0.25); then all four stay near 1e-4 for thousands of epochs. Wait until the run has finished.</source>
        <translation>층별 기울기를 보세요. 첫 에포크에서 손실에서 가장 먼 층인 linear1의 기울기는 linear4보다 약 75배 작습니다(거꾸로 가는 길에 sigmoid마다 기울기에 자기 경사, 많아야 0.25를 곱합니다). 그 뒤 네 층 모두 수천 에포크 동안 1e-4 근처에 머뭅니다. 학습이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../core/presets/lectures.py"/>
        <source>Week 3: Perceptron &amp; Multi Layer Perceptron</source>
        <translation>3주차 발표: 퍼셉트론과 다층 퍼셉트론</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>Weights (PyTorch state_dict)</source>
        <translation>가중치 (PyTorch state_dict)</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>Weights (safetensors)</source>
        <translation>가중치 (safetensors)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>When the validation loss has not improved for the patience (100 epochs), training stops and the best weights come back.</source>
        <translation>검증 손실이 정해 둔 인내 기간(100 에포크) 동안 나아지지 않으면 학습이 멈추고, 가장 좋았던 때의 가중치로 되돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>While training, Dropout(0.1) switches random neurons off, so the training loss jumps around; in evaluation mode every neuron is on and the answers are stable.</source>
        <translation>학습하는 동안 Dropout(0.1)이 무작위로 뉴런을 꺼 버리기 때문에 학습 손실이 들쭉날쭉합니다. 평가 모드에서는 모든 뉴런이 켜져 있어 답이 흔들리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Wide: 2-10-1 on XOR</source>
        <translation>넓은 신경망: 2-10-1로 XOR 풀기</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>Width (units per hidden layer)</source>
        <translation>너비 (은닉층당 유닛 수)</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>With BatchNorm the loss drops fast in the first epochs.</source>
        <translation>BatchNorm이 있으면 처음 몇 에포크에서 손실이 빠르게 떨어집니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>With sigmoid the gradient shrinks layer by layer (log scale); ReLU and tanh pass it back and learn XOR long before sigmoid leaves its plateau.</source>
        <translation>Sigmoid에서는 기울기가 층을 지날 때마다 작아집니다(로그 척도). ReLU와 tanh는 기울기를 그대로 전달해, Sigmoid가 정체 구간을 벗어나기 훨씬 전에 XOR을 학습합니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>With tanh between the layers the network bends: the loss falls close to 0.</source>
        <translation>층 사이에 tanh를 넣으면 신경망이 곡선을 그릴 수 있게 되어, 손실이 0 가까이 떨어집니다.</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>Written in the project</source>
        <translation>프로젝트에 적힌 데이터</translation>
    </message>
    <message>
        <location filename="../cli/export_command.py"/>
        <source>Wrote {path} ({format}, {size:.1f} KiB)</source>
        <translation>{path}에 저장했습니다 ({format}, {size:.1f} KiB)</translation>
    </message>
    <message>
        <location filename="../cli/film_command.py"/>
        <source>Wrote {path}: {frames} frames up to epoch {epochs} in {seconds:.1f} s.</source>
        <translation>{path} 저장: 에포크 {epochs}까지 프레임 {frames}개, {seconds:.1f}초 걸림.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <location filename="../core/tours/hands_on.py"/>
        <source>XOR from gates: NAND and OR, then AND</source>
        <translation>게이트로 만드는 XOR: NAND와 OR 뒤에 AND</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>XOR quadrants</source>
        <translation>XOR 사분면</translation>
    </message>
    <message>
        <location filename="../core/presets/lectures.py"/>
        <source>XOR step by step, CPU/GPU devices, a hand-written backprop, a 4-layer sigmoid net</source>
        <translation>단계별 XOR, CPU/GPU 장치, 직접 쓴 역전파, 4층 Sigmoid 신경망</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <location filename="../core/tours/xor_tours.py"/>
        <source>XOR with a 2-2-1 sigmoid network</source>
        <translation>2-2-1 Sigmoid 신경망으로 XOR 풀기</translation>
    </message>
    <message>
        <location filename="../core/tours/xor_tours.py"/>
        <source>XOR: (0,0) and (1,1) are class 0, (0,1) and (1,0) class 1. No single straight line separates them. The network has two hidden sigmoid neurons; each draws one line in this input plane.</source>
        <translation>XOR: (0,0)과 (1,1)은 클래스 0, (0,1)과 (1,0)은 클래스 1입니다. 직선 하나로는 나눌 수 없습니다. 이 신경망에는 sigmoid 은닉 뉴런이 두 개 있고, 각각이 이 입력 평면에 직선을 하나씩 긋습니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>Xavier and He scale the starting weights by the layer sizes: the plateau is shorter.</source>
        <translation>Xavier와 He는 시작 가중치를 층 크기에 맞춰 조절합니다: 정체 구간이 짧아집니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Xavier initialization on the deep sigmoid network</source>
        <translation>깊은 Sigmoid 신경망에 Xavier 초기화</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>Xavier scales the starting weights by the layer sizes so signals neither vanish nor explode: the plateau at 0.6931 is much shorter.</source>
        <translation>Xavier는 층의 입출력 크기에 맞춰 처음 가중치의 크기를 정하므로 신호가 사라지지도, 폭발하지도 않습니다. 0.6931에 머무는 정체 구간이 훨씬 짧아집니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>Zeroes values at random while training.</source>
        <translation>학습하는 동안 값을 무작위로 0으로 만듭니다.</translation>
    </message>
    <message>
        <location filename="../core/presets/lectures.py"/>
        <source>a 2-2-1 sigmoid network read from train.txt, the perceptron stuck at 0.6931, wide vs deep, sigmoid vs ReLU, regularization, dropout, residual connections</source>
        <translation>train.txt를 읽는 2-2-1 Sigmoid 신경망, 0.6931에 멈춘 퍼셉트론, 넓은 망과 깊은 망, Sigmoid와 ReLU, 정규화, 드롭아웃, 잔차 연결</translation>
    </message>
    <message>
        <location filename="../core/train/plateau.py"/>
        <source>a hidden layer (one layer draws one line: not enough for XOR)</source>
        <translation>은닉층 (층 하나는 직선 하나만 그어 XOR에 부족합니다)</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>a run with these changes beside the base run (repeatable, up to {most})</source>
        <translation>기준 실행 옆에 이 변경을 적용한 실행 (반복 가능, 최대 {most}개)</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>a seed succeeds with accuracy 1.0 or a final loss below this (default 0.05)</source>
        <translation>정확도 1.0 또는 최종 손실이 이 값보다 작으면 그 시드는 성공 (기본값 0.05)</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>a {task} set cannot have {classes!r} classes.</source>
        <translation>{task} 데이터는 클래스를 {classes!r}개 가질 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>accuracy {accuracy:g} or final loss &lt; {threshold:g}</source>
        <translation>정확도 {accuracy:g} 또는 최종 손실 &lt; {threshold:g}</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>after training, export to PATH (format from the suffix; repeatable)</source>
        <translation>학습 후 PATH로 내보냅니다 (형식은 확장자로 결정; 여러 번 지정 가능)</translation>
    </message>
    <message>
        <location filename="../core/history_file.py"/>
        <source>an epoch without a training loss</source>
        <translation>학습 손실이 없는 에포크가 있음</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>ann-viz self-test: FAILED (XOR 2-2-1: accuracy {accuracy:.2f} after {epochs} epochs, loss {loss:.4f}, engine {engine}; built-in digits: {images} images)</source>
        <translation>ann-viz 자체 점검: 실패 (XOR 2-2-1: {epochs} 에포크 후 정확도 {accuracy:.2f}, 손실 {loss:.4f}, 엔진 {engine}; 내장 숫자 데이터: 이미지 {images}장)</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>ann-viz self-test: FAILED ({reason})</source>
        <translation>ann-viz 자체 점검: 실패 ({reason})</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>ann-viz self-test: ok (XOR 2-2-1: accuracy {accuracy:.2f} after {epochs} epochs, loss {loss:.4f}, engine {engine}; built-in digits: {images} images)</source>
        <translation>ann-viz 자체 점검: 정상 (XOR 2-2-1: {epochs} 에포크 후 정확도 {accuracy:.2f}, 손실 {loss:.4f}, 엔진 {engine}; 내장 숫자 데이터: 이미지 {images}장)</translation>
    </message>
    <message>
        <location filename="../cli/display.py"/>
        <source>ann-viz: Qt cannot open an X11 window: the system library {library} is missing. Install the packages named under Set-up in the README (one apt-get line), then start again.</source>
        <translation>ann-viz: Qt가 X11 창을 열 수 없습니다: 시스템 라이브러리 {library}이(가) 없습니다. README의 설치(Set-up)에 있는 패키지(apt-get 한 줄)를 설치한 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>ann-viz: out of memory; use a smaller network, batch size or data set.</source>
        <translation>ann-viz: 메모리가 부족합니다; 더 작은 신경망, 배치 크기 또는 데이터 집합을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>ann-viz: the desktop app cannot start: {error}</source>
        <translation>ann-viz: 데스크톱 앱을 시작할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../cli/display.py"/>
        <source>ann-viz: there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session, or render the window to a file: ann-viz --screenshot out.png [PRESET|PROJECT]</source>
        <translation>ann-viz: 창을 열 디스플레이가 없습니다 (DISPLAY도 WAYLAND_DISPLAY도 설정되어 있지 않습니다). 데스크톱 세션에서 실행하거나, 창을 파일로 그리세요: ann-viz --screenshot out.png [PRESET|PROJECT]</translation>
    </message>
    <message>
        <location filename="../cli/export_command.py"/>
        <source>ann-viz: warning: {note}</source>
        <translation>ann-viz: 경고: {note}</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>ann-viz: {reason}</source>
        <translation>ann-viz: {reason}</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>ann-viz: {reason} (see `ann-viz --help`)</source>
        <translation>ann-viz: {reason} (`ann-viz --help` 참고)</translation>
    </message>
    <message>
        <location filename="../core/train/plateau.py"/>
        <source>another learning rate (now {lr:g}) or Adam</source>
        <translation>다른 학습률 (지금 {lr:g}) 또는 Adam</translation>
    </message>
    <message>
        <location filename="../core/train/plateau.py"/>
        <source>another seed (now {seed})</source>
        <translation>다른 시드 (지금 {seed})</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>auto (default: CUDA when available), cpu, cuda or cuda:N</source>
        <translation>auto (기본값: 가능하면 CUDA), cpu, cuda 또는 cuda:N</translation>
    </message>
    <message>
        <location filename="../core/presets/lectures.py"/>
        <source>backprop by hand, 2-2-1 and 2-10-10-10-1 sigmoid nets, ReLU, Xavier/He initialization, dropout, batch normalization</source>
        <translation>직접 쓴 역전파, 2-2-1과 2-10-10-10-1 Sigmoid 신경망, ReLU, Xavier/He 초기화, 드롭아웃, 배치 정규화</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>bad dtype or shape</source>
        <translation>자료형이나 모양이 잘못됨</translation>
    </message>
    <message>
        <location filename="../core/compare/runs.py"/>
        <source>base</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>bce</source>
        <translation>BCE</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>bce_logits</source>
        <translation>BCE (로짓)</translation>
    </message>
    <message>
        <location filename="../core/inspect/numbers.py"/>
        <source>bias b</source>
        <translation>편향 b</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>binary</source>
        <translation>이진 분류</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>ce</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>cpu (default), cuda, cuda:N or auto</source>
        <translation>cpu (기본값), cuda, cuda:N 또는 auto</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>cpu, cuda, cuda:N or auto (default: each project's own)</source>
        <translation>cpu, cuda, cuda:N 또는 auto (기본값: 각 프로젝트의 설정)</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>deep 2-10-10-10-1</source>
        <translation>깊은 2-10-10-10-1</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <location filename="../core/presets/comparisons.py"/>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>depth {value}</source>
        <translation>깊이 {value}</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>e^z / sum(e^z) across the layer</source>
        <translation>층 전체에 걸친 e^z / sum(e^z)</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>early stopping is not supported. Set its patience to 0 to sweep.</source>
        <translation>조기 종료는 지원하지 않습니다. 스윕하려면 인내 에포크를 0으로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>epochs of every run (default: the source's)</source>
        <translation>모든 실행의 에포크 수 (기본값: 원본의 값)</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>epochs per seed (default: the project's)</source>
        <translation>시드마다 학습할 에포크 수 (기본값: 프로젝트 설정)</translation>
    </message>
    <message>
        <location filename="../cli/film_command.py"/>
        <source>epochs to train (default: the project's)</source>
        <translation>학습할 에포크 수 (기본값: 프로젝트 설정)</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>examples:
  ann-viz compare xor-deep-sigmoid --vary activation=sigmoid,relu,tanh --epochs 3000
  ann-viz compare xor-2-2-1 --variant width=10 --variant depth=3,width=10
  ann-viz compare compare-sigmoid-relu --json     (a comparison lesson: its own runs)
changes: {keys}; regularizer is none, dropout[:p], l1[:lambda], l2[:lambda] or batchnorm.</source>
        <translation>예:
  ann-viz compare xor-deep-sigmoid --vary activation=sigmoid,relu,tanh --epochs 3000
  ann-viz compare xor-2-2-1 --variant width=10 --variant depth=3,width=10
  ann-viz compare compare-sigmoid-relu --json     (비교 실습: 실습에 정해진 실행들)
변경 항목: {keys}. regularizer는 none, dropout[:p], l1[:lambda], l2[:lambda], batchnorm 중 하나입니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>explicit</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <location filename="../cli/export_command.py"/>
        <source>export a preset or project: ONNX, .pt2, weights, script, ...</source>
        <translation>프리셋이나 프로젝트를 내보냅니다: ONNX, .pt2, 가중치, 스크립트, ...</translation>
    </message>
    <message>
        <location filename="../cli/export_command.py"/>
        <source>export these weights (.pt or .safetensors) instead</source>
        <translation>대신 이 가중치(.pt 또는 .safetensors)를 내보냅니다</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>final loss</source>
        <translation>최종 손실</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>final loss &lt; {threshold:g}</source>
        <translation>최종 손실 &lt; {threshold:g}</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>final loss: {quantiles}</source>
        <translation>최종 손실: {quantiles}</translation>
    </message>
    <message>
        <location filename="../cli/film_command.py"/>
        <source>frames per second (default 20)</source>
        <translation>초당 프레임 수 (기본값 20)</translation>
    </message>
    <message>
        <location filename="../cli/film_command.py"/>
        <source>frames, spread evenly over the run (default 200)</source>
        <translation>학습 전체에 고르게 나눈 프레임 수 (기본값 200)</translation>
    </message>
    <message>
        <location filename="../core/boundary/grid.py"/>
        <source>grid_for needs (n, 2) points, not shape {shape}</source>
        <translation>grid_for에는 (n, 2) 모양의 점이 필요합니다 (모양 {shape}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>he normal</source>
        <translation>He 정규</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>he uniform</source>
        <translation>He 균등</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>he_normal</source>
        <translation>He 정규</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>he_uniform</source>
        <translation>He 균등</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>how many seeds (1 to {most}; default 256)</source>
        <translation>시드 개수 (1부터 {most}까지; 기본값 256)</translation>
    </message>
    <message>
        <location filename="../core/history_file.py"/>
        <source>infinite values</source>
        <translation>무한대 값</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>init {name}</source>
        <translation>초기화 {name}</translation>
    </message>
    <message>
        <location filename="../core/inspect/numbers.py"/>
        <source>input x</source>
        <translation>입력 x</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>install the export extra: pip install 'ann-viz[export]'</source>
        <translation>내보내기 추가 기능을 설치하세요: pip install 'ann-viz[export]'</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>language of the messages (default: from the system locale)</source>
        <translation>메시지 언어 (기본값: 시스템 로캘에 따름)</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <location filename="../cli/sweep_command.py"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>link {number} has no '{key}'</source>
        <translation>연결 {number}에 '{key}'이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>link {number} is not an object</source>
        <translation>연결 {number}이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>list the lesson presets</source>
        <translation>강의 프리셋 목록을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>lr must be a number, not '{value}'.</source>
        <translation>lr은 수여야 합니다 ('{value}'가 아니라).</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>lr {lr:g}</source>
        <translation>lr {lr:g}</translation>
    </message>
    <message>
        <location filename="../core/sweep/result.py"/>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>max(0, z)</source>
        <translation>max(0, z)</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>max(w1 x + b1, ..., wk x + bk): neuron j is the largest of the k pieces z[jk] .. z[jk+k-1] of the Linear layer before it (width / k neurons).</source>
        <translation>max(w1 x + b1, ..., wk x + bk): 뉴런 j는 앞의 Linear 층의 k개 조각 z[jk] .. z[jk+k-1] 중 가장 큰 값입니다 (너비 / k 개의 뉴런).</translation>
    </message>
    <message>
        <location filename="../core/sweep/result.py"/>
        <source>min</source>
        <translation>최소</translation>
    </message>
    <message>
        <location filename="../core/train/plateau.py"/>
        <source>more epochs (now {epochs})</source>
        <translation>더 많은 에포크 (지금 {epochs})</translation>
    </message>
    <message>
        <location filename="../core/train/plateau.py"/>
        <source>more hidden neurons; ReLU or Xavier init for deep sigmoid nets</source>
        <translation>은닉 뉴런 늘리기, 깊은 Sigmoid 신경망에는 ReLU나 Xavier 초기화</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>mse</source>
        <translation>MSE</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>multi-class</source>
        <translation>다중 분류</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <location filename="../cli/sweep_command.py"/>
        <source>must be 0 or more, not {value}</source>
        <translation>0 이상이어야 합니다 ({value}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>must be 1 or more, not {value}</source>
        <translation>1 이상이어야 합니다 ({value}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../cli/film_command.py"/>
        <location filename="../cli/sweep_command.py"/>
        <source>must be a number, not {value!r}</source>
        <translation>숫자여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>must be a whole number from 1 to {most}, not {value!r}</source>
        <translation>1부터 {most}까지의 정수여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../cli/film_command.py"/>
        <location filename="../cli/sweep_command.py"/>
        <source>must be a whole number, not {value!r}</source>
        <translation>정수여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>must be above 0, not {value}</source>
        <translation>0보다 커야 합니다 ({value}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../cli/film_command.py"/>
        <source>must be from 1 to 60, not {value}</source>
        <translation>1에서 60 사이여야 합니다. {value}은(는) 안 됩니다</translation>
    </message>
    <message>
        <location filename="../cli/film_command.py"/>
        <location filename="../cli/sweep_command.py"/>
        <source>must be from 1 to {most}, not {value}</source>
        <translation>1부터 {most}까지여야 합니다 ({value}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>no BatchNorm</source>
        <translation>BatchNorm 없음</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <location filename="../ui/editor/node_item.py"/>
        <source>no bias</source>
        <translation>편향 없음</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>no data text</source>
        <translation>data 글자가 없음</translation>
    </message>
    <message>
        <location filename="../core/history_file.py"/>
        <source>no data text, or too much of it</source>
        <translation>데이터 텍스트가 없거나 너무 큼</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>no dropout</source>
        <translation>드롭아웃 없음</translation>
    </message>
    <message>
        <location filename="../core/export/network.py"/>
        <source>no export for layer kind {kind!r}</source>
        <translation>층 종류 {kind!r}은(는) 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>no regulariser</source>
        <translation>정규화 없음</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>no shape list</source>
        <translation>shape 목록이 없음</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>node {number} has a bad position</source>
        <translation>노드 {number}의 위치가 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>node {number} has no '{key}'</source>
        <translation>노드 {number}에 '{key}'이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>node {number} has parameters that are not an object</source>
        <translation>노드 {number}의 매개변수가 객체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/graph/serialize.py"/>
        <source>node {number} is not an object</source>
        <translation>노드 {number}이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <location filename="../core/presets/comparisons.py"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>normal</source>
        <translation>정규 분포</translation>
    </message>
    <message>
        <location filename="../core/history_file.py"/>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아님</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>one run per value of one change (2 to {most} values)</source>
        <translation>한 변경 항목의 값마다 실행 하나 (값 2~{most}개)</translation>
    </message>
    <message>
        <location filename="../core/inspect/numbers.py"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../core/inspect/numbers.py"/>
        <source>output a</source>
        <translation>출력 a</translation>
    </message>
    <message>
        <location filename="../core/presets/lectures.py"/>
        <source>perceptron and linear regression by gradient descent, activations, losses, optimizers, MNIST</source>
        <translation>경사 하강법으로 푸는 퍼셉트론과 선형회귀, 활성화 함수, 손실 함수, 옵티마이저, MNIST</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>point {number} is not three finite numbers [x1, x2, label].</source>
        <translation>{number}번째 점이 유한한 숫자 세 개 [x1, x2, label]가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>point {number} lies outside the box.</source>
        <translation>{number}번째 점이 상자 밖에 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>point {number}'s label must be a class number from 0 to {last}.</source>
        <translation>{number}번째 점의 레이블은 0부터 {last}까지의 클래스 번호여야 합니다.</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <location filename="../cli/film_command.py"/>
        <location filename="../cli/sweep_command.py"/>
        <source>print one JSON object</source>
        <translation>JSON 객체 하나를 출력합니다</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>print one JSON object instead of the log</source>
        <translation>로그 대신 JSON 객체 하나를 출력합니다</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>print the loss every K epochs</source>
        <translation>K 에포크마다 손실을 출력합니다</translation>
    </message>
    <message>
        <location filename="../cli/film_command.py"/>
        <source>record a run as an animated GIF or MP4</source>
        <translation>학습 과정을 움직이는 GIF나 MP4로 녹화합니다</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>regularizer must be one of {choices} (dropout, l1 and l2 may add ':strength', e.g. dropout:0.2), not '{value}'.</source>
        <translation>regularizer는 {choices} 중 하나여야 합니다 (dropout, l1, l2에는 ':세기'를 붙일 수 있습니다. 예: dropout:0.2). '{value}'는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../core/inspect/numbers.py"/>
        <source>running mean</source>
        <translation>이동 평균</translation>
    </message>
    <message>
        <location filename="../core/inspect/numbers.py"/>
        <source>running variance</source>
        <translation>이동 분산</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>seed {value}</source>
        <translation>시드 {value}</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>seeds S, S+1, ..., S+K-1 (default 0)</source>
        <translation>시드 S, S+1, ..., S+K-1 (기본값 0)</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>start from weights in a .pt or .safetensors file</source>
        <translation>.pt 또는 .safetensors 파일의 가중치에서 시작합니다</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>stopped early</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>success: {successes}/{k} = {percent:.1f}% ({rule})</source>
        <translation>성공: {successes}/{k} = {percent:.1f}% ({rule})</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>success: {successes}/{k} = {percent:.1f}% ({rule}); {diverged} diverged</source>
        <translation>성공: {successes}/{k} = {percent:.1f}% ({rule}); {diverged}개 발산</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>tanh is centred on 0 with slope up to 1: gradients survive better than with sigmoid.</source>
        <translation>tanh는 0을 중심으로 하고 기울기가 최대 1입니다. 그래서 Sigmoid보다 기울기가 덜 사라지고 잘 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>tanh(z)</source>
        <translation>tanh(z)</translation>
    </message>
    <message>
        <location filename="../core/inspect/numbers.py"/>
        <source>target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <location filename="../core/train/preflight.py"/>
        <source>the batch size is 1</source>
        <translation>배치 크기가 1입니다</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>the box must be four numbers [x_min, x_max, y_min, y_max] with min &lt; max.</source>
        <translation>상자는 min &lt; max인 숫자 네 개 [x_min, x_max, y_min, y_max]여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/history_file.py"/>
        <source>the data is not base64 text</source>
        <translation>데이터가 base64 텍스트가 아님</translation>
    </message>
    <message>
        <location filename="../core/history_file.py"/>
        <source>the epoch count is not a whole number from 0 to {most}</source>
        <translation>에포크 수가 0부터 {most}까지의 정수가 아님</translation>
    </message>
    <message>
        <location filename="../core/history_file.py"/>
        <source>the epochs are not numbered 0, 1, 2, ...</source>
        <translation>에포크 번호가 0, 1, 2, ... 순서가 아님</translation>
    </message>
    <message>
        <location filename="../cli/export_command.py"/>
        <source>the file to write</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <location filename="../cli/film_command.py"/>
        <source>the file to write (.gif or .mp4)</source>
        <translation>쓸 파일 (.gif 또는 .mp4)</translation>
    </message>
    <message>
        <location filename="../core/train/preflight.py"/>
        <source>the last batch of each epoch holds 1 sample</source>
        <translation>에포크마다 마지막 배치에 샘플이 1개뿐입니다</translation>
    </message>
    <message>
        <location filename="../core/history_file.py"/>
        <source>the layer names are not a list of short texts</source>
        <translation>층 이름이 짧은 텍스트의 목록이 아님</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>the points must be a list of [x1, x2, label] rows.</source>
        <translation>점들은 [x1, x2, label] 행의 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>the task must be one of {choices}.</source>
        <translation>작업은 {choices} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>this project uses L1/L2 regularisation. Set both to 0 to sweep.</source>
        <translation>이 프로젝트는 L1/L2 정규화를 씁니다. 스윕하려면 둘 다 0으로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../core/sweep/chain.py"/>
        <source>this project uses the '{optimizer}' optimizer.</source>
        <translation>이 프로젝트는 '{optimizer}' 옵티마이저를 씁니다.</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>torch.export program</source>
        <translation>torch.export 프로그램</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>train 2-4 variants of a preset or project side by side</source>
        <translation>프리셋이나 프로젝트의 변형 2~4개를 나란히 학습</translation>
    </message>
    <message>
        <location filename="../cli/main.py"/>
        <source>train a preset or project headless</source>
        <translation>프리셋이나 프로젝트를 화면 없이 학습합니다</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>train many seeds of a preset or project at once</source>
        <translation>프리셋이나 프로젝트를 여러 시드로 한꺼번에 학습합니다</translation>
    </message>
    <message>
        <location filename="../core/presets/lectures.py"/>
        <source>train/validation/test, confusion matrix, AND/NAND/OR gates with hand-set weights, the worked 2-2-2 backprop example</source>
        <translation>학습/검증/테스트, 혼동 행렬, 손으로 정한 가중치의 AND/NAND/OR 게이트, 2-2-2 역전파 계산 예제</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>uniform</source>
        <translation>균등 분포</translation>
    </message>
    <message>
        <location filename="../core/torch_module/init.py"/>
        <source>unknown init scheme {scheme!r}</source>
        <translation>알 수 없는 초기화 방식 {scheme!r}</translation>
    </message>
    <message>
        <location filename="../core/inspect/quantities.py"/>
        <source>unknown quantity {quantity!r}</source>
        <translation>알 수 없는 양 {quantity!r}</translation>
    </message>
    <message>
        <location filename="../core/compare/runs.py"/>
        <source>variant</source>
        <translation>변형</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../core/inspect/numbers.py"/>
        <source>weight w</source>
        <translation>가중치 w</translation>
    </message>
    <message>
        <location filename="../core/inspect/numbers.py"/>
        <source>weighted sum z</source>
        <translation>가중합 z</translation>
    </message>
    <message>
        <location filename="../core/presets/comparisons.py"/>
        <source>wide 2-10-1</source>
        <translation>넓은 2-10-1</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>width {value}</source>
        <translation>너비 {value}</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>xavier normal</source>
        <translation>Xavier 정규</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>xavier uniform</source>
        <translation>Xavier 균등</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>xavier_normal</source>
        <translation>Xavier 정규</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>xavier_uniform</source>
        <translation>Xavier 균등</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>y = 2x</source>
        <translation>y = 2x</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>y = sin(πx)</source>
        <translation>y = sin(πx)</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>y = x^2 with activations</source>
        <translation>활성화 함수를 넣어 y = x^2 맞추기</translation>
    </message>
    <message>
        <location filename="../core/presets/catalog.py"/>
        <source>y = x^2 with linear layers only</source>
        <translation>선형 층만으로 y = x^2 맞추기</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>y = x²</source>
        <translation>y = x²</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>z = W a + b: a fully connected layer.</source>
        <translation>z = W a + b: 완전 연결 층.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>z if z &gt; 0 else alpha * (e^z - 1)</source>
        <translation>z &gt; 0이면 z, 아니면 alpha * (e^z - 1)</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>z if z &gt; 0 else slope * z</source>
        <translation>z &gt; 0이면 z, 아니면 slope * z</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>zeros</source>
        <translation>모두 0</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>{count} bytes for shape {shape}</source>
        <translation>모양 {shape}에 {count}바이트</translation>
    </message>
    <message>
        <location filename="../core/history_file.py"/>
        <source>{count} bytes for {epochs} epochs of {width} values</source>
        <translation>{epochs} 에포크 × {width}개 값에 {count} 바이트</translation>
    </message>
    <message>
        <location filename="../core/data/drawn.py"/>
        <source>{count} points are more than the {most} a drawn set may have.</source>
        <translation>점 {count}개는 그린 데이터가 가질 수 있는 {most}개보다 많습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>{file} has a header on line {line} but no data rows.</source>
        <translation>{file}의 {line}행에 머리글은 있지만 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} has label {label}; MNIST labels are 0..9.</source>
        <translation>{file}에 레이블 {label}이(가) 있습니다; MNIST 레이블은 0..9입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} has more data than its header {dims} says; the file is damaged.</source>
        <translation>{file}에 헤더 {dims}에 적힌 것보다 많은 데이터가 있습니다; 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>{file} has no data rows.</source>
        <translation>{file}에 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>{file} has only comments: there are no data rows.</source>
        <translation>{file}에는 주석만 있습니다: 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} holds no images (its header gives shape {shape}).</source>
        <translation>{file}에 이미지가 없습니다 (헤더의 모양은 {shape}).</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} is a damaged or truncated gzip file ({error}).</source>
        <translation>{file}은(는) 손상되었거나 잘린 gzip 파일입니다 ({error}).</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>{file} is empty: there are no data rows.</source>
        <translation>{file}이(가) 비어 있습니다: 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/safe_open.py"/>
        <source>{file} is not a regular file (it is a pipe, device or socket); choose a file saved on disk.</source>
        <translation>{file}은(는) 일반 파일이 아닙니다 (파이프, 장치 또는 소켓); 디스크에 저장된 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} is not an IDX file: its magic number is 0x{magic} (expected 0x0000, a type byte such as 08 and a dimension count).</source>
        <translation>{file}은(는) IDX 파일이 아닙니다: 매직 넘버가 0x{magic}입니다 (0x0000, 08 같은 형식 바이트, 차원 수가 와야 합니다).</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} is too large to be an IDX file this app can load.</source>
        <translation>{file}은(는) 이 앱이 불러올 수 있는 IDX 파일로는 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>{file} is too large to load as a text table (over 512 MiB).</source>
        <translation>{file}은(는) 텍스트 표로 불러오기에 너무 큽니다 (512 MiB 초과).</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>{file} is too large to preview.</source>
        <translation>{file}은(는) 미리 보기에는 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} is truncated: the data of shape {dims} needs {size} bytes, found {found}.</source>
        <translation>{file}이(가) 잘렸습니다: 모양 {dims}의 데이터에는 {size}바이트가 필요한데 {found}바이트뿐입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} is truncated: the dimension list needs {size} bytes, found {found}.</source>
        <translation>{file}이(가) 잘렸습니다: 차원 목록에는 {size}바이트가 필요한데 {found}바이트뿐입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} is truncated: the header needs {size} bytes, found {found}.</source>
        <translation>{file}이(가) 잘렸습니다: 헤더에는 {size}바이트가 필요한데 {found}바이트뿐입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} should hold one label per image ({count}), found shape {shape}.</source>
        <translation>{file}에는 이미지마다 레이블이 하나씩({count}개) 있어야 하는데 모양이 {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} should hold uint8 images (n, rows, cols), found {dtype} {shape}.</source>
        <translation>{file}에는 uint8 이미지 (n, 행, 열)가 있어야 하는데 {dtype} {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file} should hold whole-number labels, found {dtype} values.</source>
        <translation>{file}에는 정수 레이블이 있어야 하는데, {dtype} 값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/labels.py"/>
        <source>{file}, column {column}: a binary task needs labels 0 and 1 (or exactly two different values), but the labels have {count} different values.</source>
        <translation>{file}, {column}열: 이진 분류 작업에는 레이블 0과 1(또는 서로 다른 값 정확히 두 개)이 필요한데 레이블 값이 {count}가지입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/labels.py"/>
        <source>{file}, column {column}: a multiclass task needs 2 to {most} different labels, found {count}.</source>
        <translation>{file}, {column}열: 다중 클래스 작업에는 서로 다른 레이블이 2개에서 {most}개 필요한데 {count}개입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/_text_rows.py"/>
        <source>{file}, line {line}, column {column}: '{value}' is not a number.</source>
        <translation>{file}, {line}행 {column}열: '{value}'은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/data/_text_rows.py"/>
        <source>{file}, line {line}, column {column}: '{value}' is not a usable number (NaN, infinity and values beyond ±3.4e38 are not allowed).</source>
        <translation>{file}, {line}행 {column}열: '{value}'은(는) 쓸 수 있는 숫자가 아닙니다 (NaN, 무한대, ±3.4e38을 넘는 값은 허용되지 않습니다).</translation>
    </message>
    <message>
        <location filename="../core/data/labels.py"/>
        <source>{file}, line {line}, column {column}: label {label} is not a whole number, but a multiclass task needs class numbers.</source>
        <translation>{file}, {line}행 {column}열: 레이블 {label}이(가) 정수가 아닙니다. 다중 클래스 작업에는 클래스 번호가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/data/_text_rows.py"/>
        <source>{file}, line {line}, column {column}: the value is empty.</source>
        <translation>{file}, {line}행 {column}열: 값이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/data/_text_rows.py"/>
        <source>{file}, line {line}: expected {columns} columns, found {found} (line {first_line} has {columns}).</source>
        <translation>{file}, {line}행: 열이 {columns}개여야 하는데 {found}개입니다 ({first_line}행은 {columns}개).</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>{file}, line {line}: found 1 column, but a data file needs at least 2 (inputs and a label); check the delimiter.</source>
        <translation>{file}, {line}행: 열이 1개뿐인데 데이터 파일에는 적어도 2개(입력과 레이블)가 필요합니다; 구분자를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>{file}, line {line}: not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8.</source>
        <translation>{file}, {line}행: UTF-8 텍스트가 아닙니다 (바이트 0x{byte:02x}); 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../core/data/textfile.py"/>
        <source>{file}, line {line}: this looks like a binary file, not a text table.</source>
        <translation>{file}, {line}행: 텍스트 표가 아니라 바이너리 파일로 보입니다.</translation>
    </message>
    <message>
        <location filename="../core/json_doc.py"/>
        <source>{file}: '{field}' is {value}, not a finite number.</source>
        <translation>{file}: '{field}'의 값 {value}은(는) 유한한 수가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/film/writer.py"/>
        <source>{file}: a film is written as .gif or .mp4, not '{suffix}'.</source>
        <translation>{file}: 학습 영상은 '{suffix}'가 아니라 .gif 또는 .mp4로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../core/json_doc.py"/>
        <source>{file}: broken or truncated JSON (line {line}, column {column}: {error}).</source>
        <translation>{file}: 손상되었거나 잘린 JSON입니다 ({line}행 {column}열: {error}).</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <location filename="../core/export/import_weights.py"/>
        <location filename="../core/project.py"/>
        <source>{file}: cannot be read ({error}).</source>
        <translation>{file}: 읽을 수 없습니다 ({error}).</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>{file}: cannot be written ({error}).</source>
        <translation>{file}: 쓸 수 없습니다 ({error}).</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>{file}: cannot tell the export format from the suffix '{suffix}'; use one of {known}.</source>
        <translation>{file}: 확장자 '{suffix}'로는 내보내기 형식을 알 수 없습니다; {known} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: damaged or truncated (not a readable PyTorch file).</source>
        <translation>{file}: 손상되었거나 잘렸습니다 (읽을 수 있는 PyTorch 파일이 아닙니다).</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: damaged or truncated (not a readable safetensors file).</source>
        <translation>{file}: 손상되었거나 잘렸습니다 (읽을 수 있는 safetensors 파일이 아닙니다).</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: damaged or truncated, or not a plain weights file (the safe loader refused it).</source>
        <translation>{file}: 손상되었거나 잘렸거나, 일반 가중치 파일이 아닙니다 (안전한 로더가 거부했습니다).</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: holds a {type}, not named weights (a state_dict).</source>
        <translation>{file}: 이름 붙은 가중치(state_dict)가 아니라 {type}이(가) 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>{file}: is a folder, not a project file.</source>
        <translation>{file}: 프로젝트 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: is a folder, not a weights file.</source>
        <translation>{file}: 가중치 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file}: its header gives {count} dimensions; an IDX data set has at most {most}.</source>
        <translation>{file}: 헤더에 차원이 {count}개 있습니다; IDX 데이터 집합의 차원은 많아야 {most}개입니다.</translation>
    </message>
    <message>
        <location filename="../core/data/mnist.py"/>
        <source>{file}: its header promises {size} bytes of data, more than can be loaded.</source>
        <translation>{file}: 헤더에 적힌 데이터 크기가 {size}바이트로, 불러올 수 있는 양보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: its records are compressed or claim more than {size} GiB; torch.save never writes that.</source>
        <translation>{file}: 레코드가 압축되어 있거나 {size} GiB보다 크다고 합니다; torch.save는 그런 파일을 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <location filename="../core/export/import_weights.py"/>
        <location filename="../core/project.py"/>
        <source>{file}: no such file.</source>
        <translation>{file}: 그런 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>{file}: not a text file (is it an ann-viz project?).</source>
        <translation>{file}: 텍스트 파일이 아닙니다 (ann-viz 프로젝트가 맞나요?).</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: not a weights file; choose a {suffixes} file.</source>
        <translation>{file}: 가중치 파일이 아닙니다; {suffixes} 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: reading safetensors needs the package 'safetensors': pip install 'ann-viz[export]'.</source>
        <translation>{file}: safetensors를 읽으려면 'safetensors' 패키지가 필요합니다: pip install 'ann-viz[export]'.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: refused: the file holds Python objects other than tensors, and loading them could run code. Export plain weights (a state_dict of tensors) or use safetensors.</source>
        <translation>{file}: 거부했습니다: 파일에 텐서가 아닌 Python 객체가 있어 불러오면 코드가 실행될 수 있습니다. 일반 가중치(텐서로 된 state_dict)로 내보내거나 safetensors를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/json_doc.py"/>
        <source>{file}: the JSON holds a number with too many digits.</source>
        <translation>{file}: JSON에 자릿수가 너무 많은 수가 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/json_doc.py"/>
        <source>{file}: the JSON is nested too deeply (more than {depth} levels).</source>
        <translation>{file}: JSON이 너무 깊게 중첩되어 있습니다 ({depth}단계 초과).</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <source>{file}: the file is too large to be an ann-viz comparison.</source>
        <translation>{file}: ann-viz 비교 파일이라기에는 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/project.py"/>
        <source>{file}: the file is too large to be an ann-viz project.</source>
        <translation>{file}: ann-viz 프로젝트라고 보기에는 파일이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: the file is too large to hold this app's weights.</source>
        <translation>{file}: 이 앱의 가중치를 담기에는 파일이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/film/writer.py"/>
        <source>{file}: the film cannot be written ({error}).</source>
        <translation>{file}: 학습 영상을 쓸 수 없습니다 ({error}).</translation>
    </message>
    <message>
        <location filename="../cli/export_command.py"/>
        <location filename="../core/export/registry.py"/>
        <location filename="../core/film/writer.py"/>
        <source>{file}: the folder {folder} does not exist.</source>
        <translation>{file}: 폴더 {folder}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/json_doc.py"/>
        <source>{file}: the text at '{field}' holds a broken character escape (a lone surrogate such as \ud800).</source>
        <translation>{file}: '{field}'의 글자에 깨진 문자 이스케이프가 있습니다 (\ud800 같은 짝 없는 서로게이트).</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>{file}: this looks like a binary file, not a text table.</source>
        <translation>{file}: 텍스트 표가 아니라 바이너리 파일로 보입니다.</translation>
    </message>
    <message>
        <location filename="../core/export/import_weights.py"/>
        <source>{file}: {reasons}.</source>
        <translation>{file}: {reasons}.</translation>
    </message>
    <message>
        <location filename="../core/compare/file.py"/>
        <location filename="../core/export/import_weights.py"/>
        <location filename="../core/project.py"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>{format} export failed: {error}</source>
        <translation>{format} 내보내기 실패: {error}</translation>
    </message>
    <message>
        <location filename="../core/export/registry.py"/>
        <source>{format} export needs the package '{package}': install the export extra: pip install 'ann-viz[export]'.</source>
        <translation>{format} 내보내기에는 '{package}' 패키지가 필요합니다: 내보내기 추가 기능을 설치하세요: pip install 'ann-viz[export]'.</translation>
    </message>
    <message>
        <location filename="../core/data/registry.py"/>
        <source>{gate} truth table: 4 rows, 2 inputs, binary.</source>
        <translation>{gate} 진리표: 4행, 입력 2개, 이진 분류.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>{key} must be a whole number from {low} to {high}, not {value}.</source>
        <translation>{key}는 {low}부터 {high}까지의 정수여야 합니다 ({value}가 아니라).</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>{key} must be a whole number, not '{value}'.</source>
        <translation>{key}는 정수여야 합니다 ('{value}'가 아니라).</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>{key} must be one of {choices}, not '{value}'.</source>
        <translation>{key}는 {choices} 중 하나여야 합니다 ('{value}'가 아니라).</translation>
    </message>
    <message>
        <location filename="../core/graph/model.py"/>
        <source>{kind} has no parameter '{param}'.</source>
        <translation>{kind}에는 매개변수 '{param}'이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} holds a number that is too large.</source>
        <translation>{kind}: {param}에 너무 큰 숫자가 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} is too large.</source>
        <translation>{kind}: {param}이(가) 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must be a finite number.</source>
        <translation>{kind}: {param}은(는) 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must be a list of non-empty rows.</source>
        <translation>{kind}: {param}은(는) 비어 있지 않은 행들의 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must be a non-empty list.</source>
        <translation>{kind}: {param}은(는) 비어 있지 않은 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must be a number.</source>
        <translation>{kind}: {param}은(는) 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must be a whole number.</source>
        <translation>{kind}: {param}은(는) 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must be at least {minimum:g}.</source>
        <translation>{kind}: {param}은(는) {minimum:g} 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must be at most {maximum:g}.</source>
        <translation>{kind}: {param}은(는) {maximum:g} 이하여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must be one of {choices}.</source>
        <translation>{kind}: {param}은(는) {choices} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must be true or false.</source>
        <translation>{kind}: {param}은(는) true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must hold only finite numbers.</source>
        <translation>{kind}: {param}에는 유한한 숫자만 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} must hold only numbers.</source>
        <translation>{kind}: {param}에는 숫자만 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{kind}: {param} rows must all have the same length.</source>
        <translation>{kind}: {param}의 행은 모두 길이가 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/sweep/engine.py"/>
        <source>{k} copies of this network and data need about {gib:.1f} GiB; sweep fewer seeds, a smaller network or smaller mini-batches.</source>
        <translation>이 신경망과 데이터의 사본 {k}개에는 약 {gib:.1f} GiB가 필요합니다; 시드 수를 줄이거나, 더 작은 신경망이나 더 작은 미니배치로 스윕하세요.</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <location filename="../cli/export_command.py"/>
        <source>{names} (default: from the suffix of PATH)</source>
        <translation>{names} (기본값: PATH의 확장자로 결정)</translation>
    </message>
    <message>
        <location filename="../core/train/device.py"/>
        <source>{name} ({memory:.0f} GiB)</source>
        <translation>{name} ({memory:.0f} GiB)</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>{name} takes no strength.</source>
        <translation>{name}에는 세기를 지정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/compare/changes.py"/>
        <source>{name} {strength:g}</source>
        <translation>{name} {strength:g}</translation>
    </message>
    <message>
        <location filename="../cli/sweep_command.py"/>
        <source>{name}: {k} seeds ({first}..{last}) x {epochs} epochs, {optimizer} lr {lr:g}, in {seconds:.2f} s on {device}</source>
        <translation>{name}: 시드 {k}개 ({first}..{last}) x {epochs} 에포크, {optimizer} 학습률 {lr:g}, {device}에서 {seconds:.2f}초</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>{name}: {n} samples, {inputs} inputs, {classes} classes ({task})</source>
        <translation>{name}: 샘플 {n}개, 입력 {inputs}개, 클래스 {classes}개 ({task})</translation>
    </message>
    <message>
        <location filename="../core/data/choice.py"/>
        <source>{name}: {n} samples, {inputs} inputs, {targets} target(s) ({task})</source>
        <translation>{name}: 샘플 {n}개, 입력 {inputs}개, 목표값 {targets}개 ({task})</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} holds a number that is too large</source>
        <translation>{param}에 너무 큰 숫자가 있습니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} is too large</source>
        <translation>{param}이(가) 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must be a finite number</source>
        <translation>{param}은(는) 유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must be a list of non-empty rows</source>
        <translation>{param}은(는) 비어 있지 않은 행들의 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must be a non-empty list</source>
        <translation>{param}은(는) 비어 있지 않은 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must be a number</source>
        <translation>{param}은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must be a whole number</source>
        <translation>{param}은(는) 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must be at least {minimum:g}</source>
        <translation>{param}은(는) {minimum:g} 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must be at most {maximum:g}</source>
        <translation>{param}은(는) {maximum:g} 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must be one of {choices}</source>
        <translation>{param}은(는) {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must be true or false</source>
        <translation>{param}은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must hold only finite numbers</source>
        <translation>{param}에는 유한한 숫자만 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} must hold only numbers</source>
        <translation>{param}에는 숫자만 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/graph/kinds.py"/>
        <source>{param} rows must all have the same length</source>
        <translation>{param}의 행은 모두 길이가 같아야 합니다</translation>
    </message>
    <message>
        <location filename="../ui/figure_export.py"/>
        <source>{path}: the image could not be written.</source>
        <translation>{path}: 이미지를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/worker.py"/>
        <source>{reason} Training continues on the CPU.</source>
        <translation>{reason} 학습은 CPU에서 계속합니다.</translation>
    </message>
    <message>
        <location filename="../cli/compare_command.py"/>
        <source>{title}: {runs} runs x {epochs} epochs in {seconds:.2f} s</source>
        <translation>{title}: 실행 {runs}개 x {epochs} 에포크, {seconds:.2f}초</translation>
    </message>
</context>
</TS>
